package org.stiel.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The results of rounds, their comparison and the timeline. Results are aggregates only: no page shows what one
 * person answered. The coordinator and the steering group see the results of every round, open ones too; partner
 * staff and volunteers those of closed rounds.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    private final Rounds rounds;
    private final ResultQueries queries;

    Results(Rounds rounds, ResultQueries queries) {
        this.rounds = rounds;
        this.queries = queries;
    }

    public boolean canSee(StielUser user, RoundView round) {
        return Roles.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP) || !round.open();
    }

    /**
     * The results as the person may see them.
     *
     * @throws ForbiddenException for partner staff and volunteers while the round is open
     */
    public RoundResult result(StielUser viewer, RoundId id) {
        var round = rounds.get(viewer.networkId(), id);
        if (!canSee(viewer, round)) {
            throw new ForbiddenException("Results of an open round");
        }
        return result(viewer.networkId(), id);
    }

    /** The results of a round of the network, for callers that checked the reader's rights (exports). */
    public RoundResult result(NetworkId network, RoundId id) {
        var round = rounds.get(network, id);
        return Scoring.score(
                round,
                rounds.completion(network, id),
                rounds.questions(network, id),
                queries.tallies(network.value(), id.value()));
    }

    /** What moved from one round to another; both must be visible to the person. */
    public Comparison compare(StielUser viewer, RoundId from, RoundId to) {
        var a = result(viewer, from);
        var b = result(viewer, to);
        List<Comparison.PhaseChange> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(new Comparison.PhaseChange(
                    phase,
                    a.phase(phase).tally().percent(),
                    b.phase(phase).tally().percent()));
        }
        Map<QuestionId, RoundResult.QuestionScore> before = a.phases().stream()
                .flatMap(p -> p.questions().stream())
                .collect(Collectors.toMap(q -> q.question().id(), Function.identity()));
        List<Comparison.QuestionChange> moved = new ArrayList<>();
        for (var phase : b.phases()) {
            for (var after : phase.questions()) {
                var earlier = before.get(after.question().id());
                if (earlier == null
                        || earlier.tally().percent() == null
                        || after.tally().percent() == null) {
                    continue;
                }
                if (!earlier.tally().percent().equals(after.tally().percent())) {
                    moved.add(new Comparison.QuestionChange(
                            after.question(),
                            earlier.tally().percent(),
                            after.tally().percent()));
                }
            }
        }
        moved.sort(Comparator.comparing(
                        (Comparison.QuestionChange m) -> m.question().phase())
                .thenComparing(m -> -Math.abs(m.delta())));
        return new Comparison(a, b, List.copyOf(phases), List.copyOf(moved));
    }

    /**
     * A page of the network's rounds, newest first, with figures where the person may see them. Two grouped queries
     * for the whole page (completion, and tallies per round and phase), never one per round.
     */
    public ListPage<TimelineEntry> timeline(StielUser viewer, Paging paging) {
        NetworkId network = viewer.networkId();
        var page = rounds.page(network, paging);
        var ids = page.items().stream().map(r -> r.id().value()).toList();
        var completion = rounds.completion(network, ids);
        var visible = page.items().stream()
                .filter(r -> canSee(viewer, r))
                .map(r -> r.id().value())
                .toList();
        var tallies = queries.phaseTallies(network.value(), visible);
        return page.map(round -> {
            var done = completion.getOrDefault(round.id().value(), new Completion(0, 0, 0));
            if (!canSee(viewer, round)) {
                return new TimelineEntry(round, done, false, Tally.EMPTY, List.of());
            }
            var byPhase = tallies.getOrDefault(round.id().value(), Map.of());
            List<Tally> phases = new ArrayList<>();
            Tally overall = Tally.EMPTY;
            for (Phase phase : Phase.values()) {
                Tally tally = byPhase.getOrDefault(phase, Tally.EMPTY);
                phases.add(tally);
                overall = overall.plus(tally);
            }
            return new TimelineEntry(round, done, true, overall, List.copyOf(phases));
        });
    }
}
