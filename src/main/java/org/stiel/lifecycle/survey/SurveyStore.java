package org.stiel.lifecycle.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    public Optional<Response> find(UUID network, UUID round, UUID partner) {
        return responses(network, round, false).stream()
                .filter(r -> r.partner().equals(partner))
                .findFirst();
    }

    /** The round's answer sets, all or only the handed-in ones, by partner. */
    public List<Response> responses(UUID network, UUID round, boolean submittedOnly) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, partner_id, temperature, warmer, submitted_at from survey_response
                        where network_id = :network and round_id = :round
                          and (not :submittedOnly or submitted_at is not null)
                        order by partner_id
                        """)
                .param("network", network)
                .param("round", round)
                .param("submittedOnly", submittedOnly)
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("partner_id", UUID.class),
                        (Integer) rs.getObject("temperature"),
                        rs.getString("warmer"),
                        instant(rs, "submitted_at")))
                .list()
                .forEach(r -> rows.put(r.id(), r));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<UUID, CollaborationLink>> links = new HashMap<>();
        jdbc.sql("""
                        select l.* from survey_link l join survey_response r on r.id = l.response_id
                        where r.network_id = ? and r.round_id = ?
                        """).params(network, round).query(rs -> {
            links.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new HashMap<>())
                    .put(
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
        Map<UUID, Map<CollaborationFactor, Integer>> factors = new HashMap<>();
        jdbc.sql("""
                        select f.* from survey_factor f join survey_response r on r.id = f.response_id
                        where r.network_id = ? and r.round_id = ?
                        """).params(network, round).query(rs -> {
            factors.computeIfAbsent(
                            rs.getObject("response_id", UUID.class), k -> new EnumMap<>(CollaborationFactor.class))
                    .put(CollaborationFactor.valueOf(rs.getString("factor")), rs.getInt("score"));
        });
        List<Response> result = new ArrayList<>();
        for (Row r : rows.values()) {
            result.add(new Response(
                    r.partner(),
                    r.temperature(),
                    r.warmer(),
                    r.submittedAt(),
                    links.getOrDefault(r.id(), Map.of()),
                    factors.getOrDefault(r.id(), Map.of())));
        }
        return result;
    }

    /** The handed-in temperatures of a round, by partner. */
    public Map<UUID, Integer> temperatures(UUID network, UUID round) {
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("""
                        select partner_id, temperature from survey_response
                        where network_id = ? and round_id = ? and submitted_at is not null and temperature is not null
                        """).params(network, round).query(rs -> {
            result.put(rs.getObject("partner_id", UUID.class), rs.getInt("temperature"));
        });
        return result;
    }

    private record Row(UUID id, UUID partner, Integer temperature, String warmer, Instant submittedAt) {}

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
