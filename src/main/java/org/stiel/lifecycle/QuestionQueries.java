package org.stiel.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions a network asks: the standard set and its own, in circle order. */
@Repository
class QuestionQueries {

    private static final String PHASE_ORDER =
            "array_position(array['STARTUP','EXPLORATION','DESIGN','EXECUTION','EVALUATION'], phase)";

    private static final String ORDER = " order by " + PHASE_ORDER + ", position, network_id nulls first, created_at";

    private final JdbcClient jdbc;

    QuestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question as stored: the texts of a standard one are still to be looked up by key. */
    record Row(
            UUID id, UUID networkId, String key, Phase phase, Theme theme, String text, String hint, boolean retired) {}

    /** The ids of the questions a round opened now would ask. */
    List<UUID> activeIds(UUID network) {
        return jdbc.sql("select id from lifecycle_question where (network_id is null or network_id = :network)"
                        + " and retired_at is null" + ORDER)
                .param("network", network)
                .query(UUID.class)
                .list();
    }

    /** The standard set and the network's own questions; retired ones only when asked for. */
    List<Row> all(UUID network, boolean withRetired) {
        return jdbc.sql("select * from lifecycle_question where (network_id is null or network_id = :network)"
                        + (withRetired ? "" : " and retired_at is null") + ORDER)
                .param("network", network)
                .query(QuestionQueries::row)
                .list();
    }

    /** The given questions if the network may see them (standard or its own), in circle order. */
    List<Row> byIds(UUID network, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from lifecycle_question where (network_id is null or network_id = :network)"
                        + " and id in (:ids)" + ORDER)
                .param("network", network)
                .param("ids", ids)
                .query(QuestionQueries::row)
                .list();
    }

    Optional<Row> own(UUID network, UUID id) {
        return jdbc.sql("select * from lifecycle_question where network_id = :network and id = :id")
                .param("network", network)
                .param("id", id)
                .query(QuestionQueries::row)
                .optional();
    }

    void insertOwn(UUID id, UUID network, QuestionForm form) {
        jdbc.sql("""
                        insert into lifecycle_question (id, network_id, phase, theme, position, text, hint)
                        values (:id, :network, :phase, :theme,
                                1000 + (select count(*) from lifecycle_question where network_id = :network),
                                :text, :hint)""")
                .param("id", id)
                .param("network", network)
                .param("phase", form.theme().phase().name())
                .param("theme", form.theme().name())
                .param("text", form.text().strip())
                .param("hint", blankToNull(form.hint()))
                .update();
    }

    void updateOwn(UUID id, UUID network, QuestionForm form) {
        jdbc.sql("""
                        update lifecycle_question set phase = :phase, theme = :theme, text = :text, hint = :hint,
                               version = version + 1
                        where id = :id and network_id = :network""")
                .param("id", id)
                .param("network", network)
                .param("phase", form.theme().phase().name())
                .param("theme", form.theme().name())
                .param("text", form.text().strip())
                .param("hint", blankToNull(form.hint()))
                .update();
    }

    void retireOwn(UUID id, UUID network, boolean retired) {
        jdbc.sql("update lifecycle_question set retired_at = case when :retired then coalesce(retired_at, now())"
                        + " end, version = version + 1 where id = :id and network_id = :network")
                .param("retired", retired)
                .param("id", id)
                .param("network", network)
                .update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getString("key"),
                Phase.valueOf(rs.getString("phase")),
                Theme.valueOf(rs.getString("theme")),
                rs.getString("text"),
                rs.getString("hint"),
                rs.getTimestamp("retired_at") != null);
    }
}
