package org.stiel.lifecycle;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers that count in the results: those of handed-in answer sets, without who gave them. */
@Repository
class ResultQueries {

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Scoring.Vote> votes(UUID network, UUID round) {
        return jdbc.sql("""
                        select a.question_id, a.status
                        from lifecycle_answer a
                        join lifecycle_participant p on p.id = a.participant_id
                        where p.round_id = :round and p.network_id = :network and p.submitted_at is not null""")
                .param("round", round)
                .param("network", network)
                .query((rs, n) -> new Scoring.Vote(
                        rs.getObject("question_id", UUID.class), AnswerStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
