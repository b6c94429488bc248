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
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.platform.ForbiddenException;

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
        return user.is(NetworkRole.COORDINATOR) || user.is(NetworkRole.STEERING_GROUP) || !round.open();
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
                queries.votes(network.value(), id.value()));
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

    /** The network's rounds, oldest first, with figures where the person may see them. */
    public List<TimelineEntry> timeline(StielUser viewer) {
        NetworkId network = viewer.networkId();
        var all = new ArrayList<>(rounds.rounds(network));
        java.util.Collections.reverse(all);
        List<TimelineEntry> entries = new ArrayList<>();
        for (RoundView round : all) {
            var completion = rounds.completion(network, round.id());
            if (!canSee(viewer, round)) {
                entries.add(new TimelineEntry(round, completion, false, Tally.EMPTY, List.of()));
                continue;
            }
            var result = result(network, round.id());
            entries.add(new TimelineEntry(
                    round,
                    completion,
                    true,
                    result.overall(),
                    result.phases().stream().map(RoundResult.PhaseScore::tally).toList()));
        }
        return entries;
    }
}
