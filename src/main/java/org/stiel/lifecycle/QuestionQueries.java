package org.stiel.lifecycle;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions a network asks: the standard set and its own, in circle order. */
@Repository
class QuestionQueries {

    private static final String PHASE_ORDER =
            "array_position(array['STARTUP','EXPLORATION','DESIGN','EXECUTION','EVALUATION'], phase)";

    private final JdbcClient jdbc;

    QuestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the questions a round opened now would ask. */
    List<UUID> activeIds(UUID network) {
        return jdbc.sql("select id from lifecycle_question where (network_id is null or network_id = :network)"
                        + " and retired_at is null order by " + PHASE_ORDER
                        + ", position, network_id nulls first, created_at")
                .param("network", network)
                .query(UUID.class)
                .list();
    }
}
