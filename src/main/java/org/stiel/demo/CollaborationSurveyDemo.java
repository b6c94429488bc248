package org.stiel.demo;

import static org.stiel.platform.StielTime.ZONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.RoundView;
import org.stiel.lifecycle.Rounds;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;

/**
 * Temperatures and collaboration-survey answers for the two past assessment rounds of Scheldeveld, so that the
 * thermometer, the network map and the comparison of rounds show something. Every answer is invented: drawn from a
 * seeded random generator (the same demo every time), with partners of one kind or life domain more likely to work
 * together. Runs after the lifecycle demo, which opens the rounds; when that left fewer than two closed rounds, this
 * step opens and closes two of its own.
 */
@Component
@Order(31)
class CollaborationSurveyDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(CollaborationSurveyDemo.class);

    private static final String[] WARMER = {
        "Meer tijd op het netwerkoverleg om elkaars aanbod echt te leren kennen.",
        "Een vaste contactpersoon bij elke partner, zodat doorverwijzen vlotter gaat.",
        "Zien wat het netwerk concreet oplevert voor de gezinnen die wij zien.",
        "Overleg op wisselende plaatsen, zodat het niet altijd ver rijden is.",
        "Minder vergaderen, meer samen doen."
    };

    private final Rounds rounds;
    private final CollaborationSurveys surveys;
    private final Partners partners;

    CollaborationSurveyDemo(Rounds rounds, CollaborationSurveys surveys, Partners partners) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.partners = partners;
    }

    @Override
    public void load(Loaded demo) {
        var network = demo.network("scheldeveld");
        var closed = pastRounds(network);
        if (closed.size() < 2) {
            openRound(network, "Vragenronde najaar 2025 (demo)", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));
            openRound(network, "Vragenronde voorjaar 2026 (demo)", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
            closed = pastRounds(network);
        }
        var chosen = closed.subList(closed.size() - 2, closed.size());
        List<PartnerSummary> all = partners.search(network, PartnerSearch.all()).stream()
                .sorted(Comparator.comparing(PartnerSummary::name))
                .toList();
        var random = new Random(20251031L);
        Map<PartnerId, Integer> base = new HashMap<>();
        all.forEach(p -> base.put(p.id(), 6 + random.nextInt(13)));
        for (int round = 0; round < chosen.size(); round++) {
            var view = chosen.get(round);
            var submittedAt =
                    view.closesOn().minusDays(3).atTime(10, 0).atZone(ZONE).toInstant();
            for (PartnerSummary p : all) {
                // fewer partners answered the first round than the second
                if (random.nextDouble() > (round == 0 ? 0.7 : 0.85)) {
                    continue;
                }
                int temperature =
                        Math.max(-5, Math.min(20, base.get(p.id()) + (round == 0 ? 0 : random.nextInt(11) - 5)));
                Map<PartnerId, CollaborationLink> links = new HashMap<>();
                for (PartnerSummary other : all) {
                    if (other.id().equals(p.id())) {
                        continue;
                    }
                    double chance = other.kind() == p.kind()
                            ? 0.45
                            : other.lifeDomains().stream().anyMatch(p.lifeDomains()::contains) ? 0.3 : 0.08;
                    if (random.nextDouble() < chance + round * 0.04) {
                        var frequency = CollaborationFrequency.ofWeight(1 + random.nextInt(3));
                        links.put(
                                other.id(),
                                new CollaborationLink(
                                        frequency,
                                        2 + random.nextInt(3),
                                        2 + random.nextInt(3),
                                        1 + random.nextInt(4),
                                        1 + random.nextInt(4),
                                        1 + random.nextInt(4),
                                        2 + random.nextInt(3)));
                    }
                }
                Map<CollaborationFactor, Integer> factors = new EnumMap<>(CollaborationFactor.class);
                for (CollaborationFactor f : CollaborationFactor.values()) {
                    factors.put(f, Math.min(5, 2 + random.nextInt(3) + (round == 1 && random.nextBoolean() ? 1 : 0)));
                }
                String warmer = random.nextInt(3) == 0 ? WARMER[random.nextInt(WARMER.length)] : null;
                surveys.record(
                        DemoLoader.system(network),
                        view.id(),
                        p.id(),
                        new CollaborationAnswers(temperature, warmer, links, factors),
                        submittedAt);
            }
        }
        log.info("Demo: survey answers for {} rounds of Scheldeveld", chosen.size());
    }

    private List<RoundView> pastRounds(org.stiel.network.NetworkId network) {
        var closed = new ArrayList<>(
                rounds.rounds(network).stream().filter(r -> !r.open()).toList());
        closed.sort(Comparator.comparing(RoundView::openedOn));
        return closed;
    }

    private void openRound(org.stiel.network.NetworkId network, String title, LocalDate opened, LocalDate closes) {
        var id = rounds.open(DemoLoader.system(network), new RoundForm(title, closes), opened, false);
        rounds.close(
                DemoLoader.system(network),
                id,
                closes.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
