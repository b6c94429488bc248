package org.stiel.lifecycle;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers that count in the results, those of handed-in answer sets, counted in SQL (GROUP BY) without who gave
 * them: a round's page reads at most questions × statuses rows, whatever the number of participants, and the timeline
 * reads rounds × phases × statuses rows in one query, not one per round.
 */
@Repository
class ResultQueries {

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per question of the round, how many handed-in answers fell on each status. */
    Map<UUID, Tally> tallies(UUID network, UUID round) {
        Map<UUID, Tally> result = new HashMap<>();
        jdbc.sql("""
                        select a.question_id, a.status, count(*) as n
                        from lifecycle_participant p
                        join lifecycle_answer a on a.participant_id = p.id
                        where p.network_id = :network and p.round_id = :round and p.submitted_at is not null
                        group by a.question_id, a.status""").param("round", round).param("network", network).query(rs -> {
            result.merge(
                    rs.getObject("question_id", UUID.class),
                    Tally.of(AnswerStatus.valueOf(rs.getString("status")), rs.getInt("n")),
                    Tally::plus);
        });
        return result;
    }

    /**
     * Per round and phase, how many handed-in answers fell on each status: the timeline's figures for the rounds of
     * one page. Only questions a round asks can be answered (checked on saving), so no join with the round's set.
     */
    Map<UUID, Map<Phase, Tally>> phaseTallies(UUID network, Collection<UUID> rounds) {
        Map<UUID, Map<Phase, Tally>> result = new HashMap<>();
        if (rounds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select p.round_id, q.phase, a.status, count(*) as n
                        from lifecycle_participant p
                        join lifecycle_answer a on a.participant_id = p.id
                        join lifecycle_question q on q.id = a.question_id
                        where p.network_id = :network and p.round_id in (:rounds) and p.submitted_at is not null
                        group by p.round_id, q.phase, a.status""").param("rounds", rounds).param("network", network).query(rs -> {
            result.computeIfAbsent(rs.getObject("round_id", UUID.class), r -> new EnumMap<>(Phase.class))
                    .merge(
                            Phase.valueOf(rs.getString("phase")),
                            Tally.of(AnswerStatus.valueOf(rs.getString("status")), rs.getInt("n")),
                            Tally::plus);
        });
        return result;
    }
}
