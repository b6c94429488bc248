package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.RoundView;

/**
 * Puts a round's figures, counted in SQL by {@link SurveyFigures}, together into {@link SurveyResults}: the map's
 * places and links, the completion per partner, who cooled down. No database here.
 */
public final class ResultsBuilder {

    private ResultsBuilder() {}

    /**
     * The figures of one round as {@link SurveyFigures} reads them.
     *
     * @param history the thermometers of this round and the ones before it, oldest first; the last is this round's
     * @param changes the partners with a temperature in this round and the previous one; empty when there is none
     * @param suggestions what would make partners warmer; only read for a coordinator
     */
    public record Figures(
            List<SurveyFigures.State> states,
            List<RoundTemperature> history,
            List<SurveyFigures.Change> changes,
            List<NetworkMetrics.Pair> pairs,
            SurveyFigures.Trust trust,
            SurveyFigures.Factors factors,
            List<String> suggestions) {}

    /**
     * @param partners the network's partners
     * @param invited the partners with a representative invited to the round
     */
    public static SurveyResults build(
            RoundView round,
            List<NetworkMap.Partner> partners,
            Set<UUID> invited,
            RoundView previous,
            Figures figures,
            boolean coordinator) {
        Map<UUID, String> names = new HashMap<>();
        partners.forEach(p -> names.put(p.id(), p.name()));

        var statuses = new ArrayList<SurveyResults.PartnerStatus>();
        Map<UUID, SurveyFigures.State> byPartner = new HashMap<>();
        figures.states().forEach(s -> byPartner.put(s.partner(), s));
        int invitedCount = 0;
        int started = 0;
        int handedIn = 0;
        int uninvited = 0;
        for (var p : NetworkMap.order(partners)) {
            var r = byPartner.get(p.id());
            boolean asked = invited.contains(p.id());
            if (asked) {
                // the rate speaks of the partners asked only: one that answered uninvited would push it past the truth
                invitedCount++;
                started += r != null ? 1 : 0;
                handedIn += r != null && r.submitted() ? 1 : 0;
            } else if (r != null && r.submitted()) {
                uninvited++;
            } else {
                continue;
            }
            statuses.add(new SurveyResults.PartnerStatus(p.name(), asked, r != null, r != null && r.submitted()));
        }
        var completion = new SurveyResults.Completion(invitedCount, started, handedIn, uninvited, statuses);

        var history = figures.history();
        var thermometer = history.isEmpty()
                ? Thermometer.of(List.of())
                : history.getLast().thermometer();

        var map = NetworkMap.of(partners, nodes -> NetworkMetrics.ofPairs(nodes, figures.pairs()));
        var none = new SurveyFigures.About(Scores.Aggregate.of(List.of()), Scores.Aggregate.of(List.of()));
        List<SurveyResults.PartnerRow> rows = new ArrayList<>();
        for (var node : map.nodes()) {
            var degree = map.metrics().degree(node.id());
            var about = figures.trust().about().getOrDefault(node.id(), none);
            rows.add(new SurveyResults.PartnerRow(
                    node.id(),
                    node.number(),
                    node.name(),
                    node.kind(),
                    degree.degree(),
                    degree.centrality(),
                    about.trust(),
                    about.value()));
        }
        var empty = Scores.Aggregate.of(List.of());
        List<SurveyResults.FactorScore> factors = new ArrayList<>();
        for (var group : CollaborationFactor.Group.values()) {
            factors.add(new SurveyResults.FactorScore(
                    group,
                    figures.factors().groups().getOrDefault(group, empty),
                    group.factors().stream()
                            .map(f -> new SurveyResults.StatementScore(
                                    f, figures.factors().statements().getOrDefault(f, empty)))
                            .toList()));
        }
        List<Thermometer.Cooled> cooled = List.of();
        if (coordinator) {
            Map<UUID, Integer> before = new HashMap<>();
            Map<UUID, Integer> now = new HashMap<>();
            for (var change : figures.changes()) {
                before.put(change.partner(), change.before());
                now.put(change.partner(), change.now());
            }
            cooled = Thermometer.cooled(before, now, names);
        }
        return new SurveyResults(
                round,
                completion,
                thermometer,
                history,
                ThermometerChart.of(history),
                previous,
                cooled,
                coordinator ? figures.suggestions() : List.of(),
                coordinator,
                map,
                rows,
                figures.trust().network().trust(),
                figures.trust().network().value(),
                factors);
    }
}
