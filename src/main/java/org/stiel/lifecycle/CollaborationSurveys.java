package org.stiel.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.survey.NetworkMap;
import org.stiel.lifecycle.survey.ResultsBuilder;
import org.stiel.lifecycle.survey.RoundTemperature;
import org.stiel.lifecycle.survey.SurveyFigures;
import org.stiel.lifecycle.survey.SurveyResults;
import org.stiel.lifecycle.survey.SurveyStore;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.RuleViolation;

/**
 * The temperature and collaboration survey of an assessment round. A partner representative invited to the round
 * answers for their partner: how warm the partner runs for the network, how it works with each other partner, and
 * the collaboration-factor statements. Results speak of partners and of the network, never of the person who answered;
 * scores about one partner need {@value org.stiel.lifecycle.survey.Scores#MIN_ANSWERS} answers before they show.
 *
 * <p>Who may do what: partner representatives of the round answer while it is open; coordinators and the steering
 * group see the results, partner staff once the round is closed; only a coordinator sees which partners cooled down and what would warm them up;
 * coordinators and the steering group export. A round of another network is not found.
 */
@Service
@Transactional(readOnly = true)
public class CollaborationSurveys {

    /** The longest "what would make it warmer" answer kept. */
    public static final int WARMER_MAX = 1000;

    private final Rounds rounds;
    private final Partners partners;
    private final SurveyStore store;
    private final SurveyFigures figures;
    private final Clock clock;

    /**
     * How many rounds the thermometer over time shows, this one included: five years of two rounds a year and more,
     * while a page's cost stays bounded however long the network keeps going.
     */
    public static final int HISTORY = 20;

    CollaborationSurveys(Rounds rounds, Partners partners, SurveyStore store, SurveyFigures figures, Clock clock) {
        this.rounds = rounds;
        this.partners = partners;
        this.store = store;
        this.figures = figures;
        this.clock = clock;
    }

    /** The partner a person answers the round's survey for, if they are one of its partner representatives. */
    public Optional<PartnerId> respondentPartner(StielUser user, RoundId round) {
        if (!user.is(NetworkRole.PARTNER_STAFF)) {
            rounds.get(user.networkId(), round);
            return Optional.empty();
        }
        return rounds.participant(user, round)
                .filter(p -> p.role() == ParticipantRole.PARTNER_REPRESENTATIVE)
                .flatMap(ParticipantView::partner);
    }

    public boolean canSeeResults(StielUser user) {
        return Roles.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP, NetworkRole.PARTNER_STAFF);
    }

    /**
     * Like the lifecycle results: partner staff see a round's figures once it is closed, so that early answers do not
     * steer later ones; the coordinator and the steering group follow it while it runs.
     */
    public boolean canSeeResults(StielUser user, RoundView round) {
        return canSeeResults(user) && (round.open() ? !user.is(NetworkRole.PARTNER_STAFF) : true);
    }

    public boolean canExport(StielUser user) {
        return Roles.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP);
    }

    /** What the person's partner saved so far; empty answers when nothing yet. */
    public CollaborationAnswers answers(StielUser user, RoundId round) {
        var partner = respondentPartner(user, round).orElseThrow(() -> new ForbiddenException("Not a respondent"));
        return store.find(user.networkId().value(), round.value(), partner.value())
                .map(CollaborationSurveys::answers)
                .orElse(new CollaborationAnswers(null, null, Map.of(), Map.of()));
    }

    /** Whether the person's partner has handed in the survey of the round. */
    public boolean submitted(StielUser user, RoundId round) {
        var partner = respondentPartner(user, round).orElseThrow(() -> new ForbiddenException("Not a respondent"));
        return store.find(user.networkId().value(), round.value(), partner.value())
                .map(SurveyStore.Response::submitted)
                .orElse(false);
    }

    /** The other partners of the network, the ones a respondent answers about. */
    public List<NetworkMap.Partner> others(StielUser user, RoundId round) {
        var partner = respondentPartner(user, round).orElseThrow(() -> new ForbiddenException("Not a respondent"));
        return NetworkMap.order(networkPartners(user.networkId())).stream()
                .filter(p -> !p.id().equals(partner.value()))
                .toList();
    }

    /**
     * A partner representative saves their partner's answers, and hands them in when {@code submit}; a handed-in survey
     * may still be corrected while the round is open. One transaction: all of it is saved or none.
     *
     * @throws RuleViolation when a value lies outside its scale or names a partner outside the network
     */
    @Transactional
    public void save(StielUser user, RoundId round, CollaborationAnswers answers, boolean submit) {
        var view = rounds.get(user.networkId(), round);
        var partner = respondentPartner(user, round).orElseThrow(() -> new ForbiddenException("Not a respondent"));
        if (!view.open()) {
            throw new ForbiddenException("The round is closed");
        }
        check(user.networkId(), partner, answers);
        Instant now = clock.instant();
        store.save(user.networkId().value(), round.value(), partner.value(), answers, now, submit ? now : null);
    }

    /**
     * The installation records a partner's handed-in answers (demo data, imports), in an open or closed round. The
     * answers pass the same checks as the form's.
     */
    @Transactional
    public void record(
            Actor.Trusted installation,
            RoundId round,
            PartnerId partner,
            CollaborationAnswers answers,
            Instant submittedAt) {
        NetworkId network = installation.networkId();
        rounds.get(network, round);
        partners.get(network, partner);
        check(network, partner, answers);
        store.save(network.value(), round.value(), partner.value(), answers, submittedAt, submittedAt);
    }

    /**
     * The round's results as the person may see them. Every figure is counted in SQL for this round, and the
     * thermometer history for at most {@value #HISTORY} rounds up to it in one query; the network's partners are read
     * once, as the map shows every one of them.
     */
    public SurveyResults results(StielUser user, RoundId round) {
        NetworkId network = user.networkId();
        var view = rounds.get(network, round);
        if (!canSeeResults(user, view)) {
            throw new ForbiddenException("No access to survey results");
        }
        boolean coordinator = Roles.coordinator(user);
        var history = rounds.history(network, round, HISTORY);
        RoundView previous = history.size() > 1 ? history.get(history.size() - 2) : null;
        var partnerList = networkPartners(network);
        var nodes = partnerList.stream().map(NetworkMap.Partner::id).toList();
        UUID n = network.value();
        UUID r = round.value();
        var figures = new ResultsBuilder.Figures(
                this.figures.states(n, r),
                this.figures.thermometers(n, history),
                coordinator && previous != null
                        ? this.figures.changes(n, previous.id().value(), r)
                        : List.of(),
                this.figures.pairs(n, r, nodes),
                this.figures.trust(n, r, nodes),
                this.figures.factors(n, r),
                coordinator ? this.figures.suggestions(n, r) : List.of());
        return ResultsBuilder.build(
                view, partnerList, rounds.invitedPartners(network, round), previous, figures, coordinator);
    }

    /**
     * The thermometer of the round and at most {@value #HISTORY} - 1 rounds before it, oldest first, in one grouped
     * query: what the survey index shows, without the rest of the round's figures.
     */
    public List<RoundTemperature> temperatures(StielUser user, RoundId round) {
        NetworkId network = user.networkId();
        var view = rounds.get(network, round);
        if (!canSeeResults(user, view)) {
            throw new ForbiddenException("No access to survey results");
        }
        return figures.thermometers(network.value(), rounds.history(network, round, HISTORY));
    }

    /** The open rounds whose survey the person answers for their partner, newest first; one query. */
    public List<RoundId> answerable(StielUser user) {
        if (!user.is(NetworkRole.PARTNER_STAFF)) {
            return List.of();
        }
        return rounds.openInvitations(user).stream()
                .filter(i -> i.role() == ParticipantRole.PARTNER_REPRESENTATIVE)
                .map(i -> i.round().id())
                .toList();
    }

    /** A page of the network's rounds, newest first, as the survey index lists them. */
    public org.stiel.platform.ListPage<RoundView> rounds(StielUser user, org.stiel.platform.Paging paging) {
        return rounds.page(user.networkId(), paging);
    }

    /** One round of the person's network. */
    public RoundView round(StielUser user, RoundId round) {
        return rounds.get(user.networkId(), round);
    }

    /** The network's rounds, newest first, as the survey pages' choice lists show them. */
    public List<RoundView> rounds(StielUser user) {
        return rounds.rounds(user.networkId());
    }

    private List<NetworkMap.Partner> networkPartners(NetworkId network) {
        return partners.search(network, PartnerSearch.all()).stream()
                .map(p -> new NetworkMap.Partner(
                        p.id().value(),
                        p.name(),
                        p.kind(),
                        // the first in the fixed order of life domains, so a partner keeps its colour
                        p.lifeDomains().stream().min(Comparator.naturalOrder()).orElse(null)))
                .toList();
    }

    private void check(NetworkId network, PartnerId partner, CollaborationAnswers answers) {
        if (answers.temperature() != null && (answers.temperature() < -5 || answers.temperature() > 20)) {
            throw RuleViolation.on("temperature", "survey.form.invalid");
        }
        if (answers.warmer() != null && answers.warmer().length() > WARMER_MAX) {
            throw RuleViolation.on("warmer", "survey.form.invalid");
        }
        Set<UUID> known = new HashSet<>();
        networkPartners(network).forEach(p -> known.add(p.id()));
        answers.links().forEach((other, link) -> {
            if (!known.contains(other.value()) || other.equals(partner)) {
                throw RuleViolation.of("survey.form.invalid");
            }
            for (Integer item : new Integer[] {
                link.reliable(), link.open(), link.mission(), link.influence(), link.resources(), link.involvement()
            }) {
                if (item != null && (item < 1 || item > 4)) {
                    throw RuleViolation.of("survey.form.invalid");
                }
            }
        });
        answers.factors().values().forEach(score -> {
            if (score == null || score < 1 || score > 5) {
                throw RuleViolation.of("survey.form.invalid");
            }
        });
    }

    private static CollaborationAnswers answers(SurveyStore.Response r) {
        Map<PartnerId, CollaborationLink> links = new java.util.HashMap<>();
        r.links().forEach((id, link) -> links.put(new PartnerId(id), link));
        return new CollaborationAnswers(r.temperature(), r.warmer(), links, r.factors());
    }
}
