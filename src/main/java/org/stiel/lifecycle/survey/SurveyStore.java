package org.stiel.lifecycle.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.partners.PartnerId;

/**
 * Reads and writes the survey answers of a round. One partner's answer set is written as a whole (the form carries all
 * of it), so a save replaces its links and factor scores. Every statement filters by network.
 */
@Component
public class SurveyStore {

    /** One partner's saved answer set. */
    public record Response(
            UUID partner,
            Integer temperature,
            String warmer,
            Instant submittedAt,
            Map<UUID, CollaborationLink> links,
            Map<CollaborationFactor, Integer> factors) {

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a partner's answers; must run inside the caller's transaction. */
    public void save(
            UUID network, UUID round, UUID partner, CollaborationAnswers answers, Instant now, Instant submit) {
        UUID id = jdbc.sql("""
                        insert into survey_response (id, round_id, network_id, partner_id, temperature, warmer,
                                                     submitted_at, updated_at)
                        values (:id, :round, :network, :partner, :temperature, :warmer, :submitted, :now)
                        on conflict (round_id, partner_id) do update
                           set temperature = excluded.temperature, warmer = excluded.warmer,
                               submitted_at = coalesce(excluded.submitted_at, survey_response.submitted_at),
                               updated_at = excluded.updated_at, version = survey_response.version + 1
                        returning id
                        """)
                .param("id", UUID.randomUUID())
                .param("round", round)
                .param("network", network)
                .param("partner", partner)
                .param("temperature", answers.temperature())
                .param("warmer", answers.warmer())
                .param("submitted", submit == null ? null : Timestamp.from(submit))
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .single();
        jdbc.sql("delete from survey_link where response_id = ?").param(id).update();
        jdbc.sql("delete from survey_factor where response_id = ?").param(id).update();
        for (Map.Entry<PartnerId, CollaborationLink> e : answers.links().entrySet()) {
            var link = e.getValue();
            if (link.frequency() == CollaborationFrequency.NOT) {
                continue;
            }
            jdbc.sql("""
                            insert into survey_link (response_id, other_partner_id, frequency, reliable, open, mission,
                                                     influence, resources, involvement)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            e.getKey().value(),
                            link.frequency().weight(),
                            link.reliable(),
                            link.open(),
                            link.mission(),
                            link.influence(),
                            link.resources(),
                            link.involvement())
                    .update();
        }
        for (Map.Entry<CollaborationFactor, Integer> e : answers.factors().entrySet()) {
            jdbc.sql("insert into survey_factor (response_id, factor, score) values (?, ?, ?)")
                    .params(id, e.getKey().name(), e.getValue())
                    .update();
        }
    }

    /** One partner's answer set in the round, read for that partner alone. */
    public Optional<Response> find(UUID network, UUID round, UUID partner) {
        var row = jdbc.sql("""
                        select id, partner_id, temperature, warmer, submitted_at from survey_response
                        where network_id = :network and round_id = :round and partner_id = :partner
                        """)
                .param("network", network)
                .param("round", round)
                .param("partner", partner)
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("partner_id", UUID.class),
                        (Integer) rs.getObject("temperature"),
                        rs.getString("warmer"),
                        instant(rs, "submitted_at")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var r = row.get();
        Map<UUID, CollaborationLink> links = new HashMap<>();
        jdbc.sql("select * from survey_link where response_id = ?")
                .param(r.id())
                .query(rs -> {
                    links.put(
                            rs.getObject("other_partner_id", UUID.class),
                            new CollaborationLink(
                                    CollaborationFrequency.ofWeight(rs.getInt("frequency")),
                                    (Integer) rs.getObject("reliable"),
                                    (Integer) rs.getObject("open"),
                                    (Integer) rs.getObject("mission"),
                                    (Integer) rs.getObject("influence"),
                                    (Integer) rs.getObject("resources"),
                                    (Integer) rs.getObject("involvement")));
                });
        Map<CollaborationFactor, Integer> factors = new EnumMap<>(CollaborationFactor.class);
        jdbc.sql("select factor, score from survey_factor where response_id = ?")
                .param(r.id())
                .query(rs -> {
                    factors.put(CollaborationFactor.valueOf(rs.getString("factor")), rs.getInt("score"));
                });
        return Optional.of(new Response(r.partner(), r.temperature(), r.warmer(), r.submittedAt(), links, factors));
    }

    private record Row(UUID id, UUID partner, Integer temperature, String warmer, Instant submittedAt) {}

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
