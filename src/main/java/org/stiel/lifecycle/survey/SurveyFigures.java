package org.stiel.lifecycle.survey;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.RoundView;

/**
 * The survey results' figures, counted in SQL (GROUP BY) over one round's handed-in answer sets, or over the rounds of
 * a short history: a page reads figures per partner, pair, factor or round, never the answer sets themselves. Every
 * statement filters by network; the arithmetic is the one {@link ResultsBuilder}'s inputs and {@link NetworkMetrics}
 * document.
 */
@Component
public class SurveyFigures {

    /** The round's handed-in answer sets; every figure below starts from it. */
    private static final String SUBMITTED = """
            with sub as (
                select s.id, s.partner_id from survey_response s
                where s.network_id = :network and s.round_id = :round and s.submitted_at is not null)
            """;

    /** The mean of the items given, as {@link Scores#itemMean}: null when none is. */
    private static final String TRUST =
            "(coalesce(l.reliable, 0) + coalesce(l.open, 0) + coalesce(l.mission, 0))::float8"
                    + " / nullif(num_nonnulls(l.reliable, l.open, l.mission), 0)";

    private static final String VALUE =
            "(coalesce(l.influence, 0) + coalesce(l.resources, 0) + coalesce(l.involvement, 0))::float8"
                    + " / nullif(num_nonnulls(l.influence, l.resources, l.involvement), 0)";

    /** Which group each statement belongs to, as a table the query joins; the names are the enum's own. */
    private static final String FACTOR_GROUPS = java.util.Arrays.stream(CollaborationFactor.values())
            .map(f -> "('" + f.name() + "', '" + f.group().name() + "')")
            .collect(Collectors.joining(", ", "(values ", ") as g (factor, grp)"));

    private final JdbcClient jdbc;

    SurveyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner's state in the round: it has an answer set, handed in or not. */
    public record State(UUID partner, boolean submitted) {}

    /** The trust and value scores about one partner, from the other partners' handed-in answers. */
    public record About(Scores.Aggregate trust, Scores.Aggregate value) {}

    /** The network's trust and value (each partner's mean over the partners it rated, then their mean). */
    public record Means(Scores.Aggregate trust, Scores.Aggregate value) {}

    /** Trust and value about each partner, and the network's means. */
    public record Trust(Map<UUID, About> about, Means network) {}

    /** Scores per statement and per group (each partner's mean over the group's statements, then their mean). */
    public record Factors(
            Map<CollaborationFactor, Scores.Aggregate> statements,
            Map<CollaborationFactor.Group, Scores.Aggregate> groups) {}

    /** A partner whose handed-in temperature is in both rounds. */
    public record Change(UUID partner, int before, int now) {}

    /** The partners with an answer set in the round, handed in or not. */
    public List<State> states(UUID network, UUID round) {
        return jdbc.sql("""
                        select partner_id, submitted_at is not null as submitted from survey_response
                        where network_id = :network and round_id = :round""")
                .param("network", network)
                .param("round", round)
                .query((rs, i) -> new State(rs.getObject("partner_id", UUID.class), rs.getBoolean("submitted")))
                .list();
    }

    /**
     * The thermometer of each given round in one query: count, lowest, highest, median (percentile_cont, so the mean
     * of the middle two for an even count) and the count per band. In the order of {@code rounds}.
     */
    public List<RoundTemperature> thermometers(UUID network, List<RoundView> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        var bands = new StringBuilder();
        for (int i = 0; i < Thermometer.BANDS.length; i++) {
            bands.append(", count(*) filter (where s.temperature between ")
                    .append(Thermometer.BANDS[i][0])
                    .append(" and ")
                    .append(Thermometer.BANDS[i][1])
                    .append(") as band")
                    .append(i);
        }
        Map<UUID, Thermometer> byRound = new HashMap<>();
        jdbc.sql("""
                        select s.round_id, count(*) as n, min(s.temperature) as low, max(s.temperature) as high,
                               percentile_cont(0.5) within group (order by s.temperature) as median %s
                        from survey_response s
                        where s.network_id = :network and s.round_id in (:rounds)
                          and s.submitted_at is not null and s.temperature is not null
                        group by s.round_id""".formatted(bands))
                .param("network", network)
                .param("rounds", rounds.stream().map(r -> r.id().value()).toList())
                .query(rs -> {
                    int[] counts = new int[Thermometer.BANDS.length];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getInt("band" + i);
                    }
                    byRound.put(
                            rs.getObject("round_id", UUID.class),
                            Thermometer.of(
                                    rs.getInt("n"),
                                    rs.getInt("low"),
                                    rs.getInt("high"),
                                    rs.getDouble("median"),
                                    counts));
                });
        var none = Thermometer.of(List.of());
        return rounds.stream()
                .map(r -> new RoundTemperature(r, byRound.getOrDefault(r.id().value(), none)))
                .toList();
    }

    /** The partners whose handed-in temperature is in both rounds, with both temperatures. */
    public List<Change> changes(UUID network, UUID previous, UUID round) {
        return jdbc.sql("""
                        select cur.partner_id, prev.temperature as before, cur.temperature as now
                        from survey_response cur
                        join survey_response prev on prev.network_id = cur.network_id and prev.round_id = :previous
                             and prev.partner_id = cur.partner_id
                        where cur.network_id = :network and cur.round_id = :round
                          and cur.submitted_at is not null and cur.temperature is not null
                          and prev.submitted_at is not null and prev.temperature is not null""")
                .param("network", network)
                .param("round", round)
                .param("previous", previous)
                .query((rs, i) ->
                        new Change(rs.getObject("partner_id", UUID.class), rs.getInt("before"), rs.getInt("now")))
                .list();
    }

    /**
     * Per pair of partners (both among {@code nodes}) that one of them reported working with: the sum of the reports,
     * how many there were, and how many of the two handed in. A partner's report about itself does not count.
     */
    public List<NetworkMetrics.Pair> pairs(UUID network, UUID round, Collection<UUID> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUBMITTED + """
                        , pairs as (
                            select least(s.partner_id, l.other_partner_id) as a,
                                   greatest(s.partner_id, l.other_partner_id) as b,
                                   sum(l.frequency) as total, count(*) as reports
                            from sub s join survey_link l on l.response_id = s.id
                            where s.partner_id in (:nodes) and l.other_partner_id in (:nodes)
                              and l.other_partner_id <> s.partner_id
                            group by 1, 2)
                        select p.a, p.b, p.total, p.reports,
                               (sa.id is not null)::int + (sb.id is not null)::int as given
                        from pairs p
                        left join sub sa on sa.partner_id = p.a
                        left join sub sb on sb.partner_id = p.b""")
                .param("network", network)
                .param("round", round)
                .param("nodes", nodes)
                .query((rs, i) -> new NetworkMetrics.Pair(
                        rs.getObject("a", UUID.class),
                        rs.getObject("b", UUID.class),
                        rs.getInt("total"),
                        rs.getInt("reports"),
                        rs.getInt("given")))
                .list();
    }

    /**
     * Trust and value about each partner among {@code nodes} (the mean of the answers' item means about it), and the
     * network's means (per answering partner the mean over the partners it rated, then the mean of those), in one
     * query.
     */
    public Trust trust(UUID network, UUID round, Collection<UUID> nodes) {
        Map<UUID, About> result = new HashMap<>();
        Means[] means = {new Means(Scores.Aggregate.of(List.of()), Scores.Aggregate.of(List.of()))};
        if (nodes.isEmpty()) {
            return new Trust(result, means[0]);
        }
        jdbc.sql(SUBMITTED + """
                        , scored as (
                            select s.id as response, l.other_partner_id as about, %s as trust, %s as value
                            from sub s join survey_link l on l.response_id = s.id
                            where l.other_partner_id in (:nodes) and l.other_partner_id <> s.partner_id)
                        select about, count(trust) as trust_n, avg(trust) as trust_mean,
                               count(value) as value_n, avg(value) as value_mean
                        from scored group by about
                        union all
                        select null, count(t), avg(t), count(v), avg(v)
                        from (select avg(trust) as t, avg(value) as v from scored group by response) x""".formatted(TRUST, VALUE))
                .param("network", network)
                .param("round", round)
                .param("nodes", nodes)
                .query(rs -> {
                    var trust = new Scores.Aggregate(rs.getInt("trust_n"), rs.getDouble("trust_mean"));
                    var value = new Scores.Aggregate(rs.getInt("value_n"), rs.getDouble("value_mean"));
                    UUID about = rs.getObject("about", UUID.class);
                    if (about == null) {
                        means[0] = new Means(trust, value);
                    } else {
                        result.put(about, new About(trust, value));
                    }
                });
        return new Trust(result, means[0]);
    }

    /** The collaboration-factor scores per statement and per group, in one query. */
    public Factors factors(UUID network, UUID round) {
        Map<CollaborationFactor, Scores.Aggregate> statements = new EnumMap<>(CollaborationFactor.class);
        Map<CollaborationFactor.Group, Scores.Aggregate> groups = new EnumMap<>(CollaborationFactor.Group.class);
        jdbc.sql(SUBMITTED + """
                        , f as (
                            select s.id as response, f.factor, f.score::float8 as score, g.grp
                            from sub s join survey_factor f on f.response_id = s.id
                            join %s on g.factor = f.factor)
                        select 'statement' as kind, factor as key, count(*) as n, avg(score) as mean
                        from f group by factor
                        union all
                        select 'group', grp, count(*), avg(m)
                        from (select grp, avg(score) as m from f group by response, grp) x group by grp""".formatted(FACTOR_GROUPS))
                .param("network", network)
                .param("round", round)
                .query(rs -> {
                    var aggregate = new Scores.Aggregate(rs.getInt("n"), rs.getDouble("mean"));
                    if (rs.getString("kind").equals("statement")) {
                        statements.put(CollaborationFactor.valueOf(rs.getString("key")), aggregate);
                    } else {
                        groups.put(CollaborationFactor.Group.valueOf(rs.getString("key")), aggregate);
                    }
                });
        return new Factors(statements, groups);
    }

    /** What would make partners warmer, from handed-in answer sets, without who said it; sorted. */
    public List<String> suggestions(UUID network, UUID round) {
        return jdbc.sql("""
                        select warmer from survey_response
                        where network_id = :network and round_id = :round and submitted_at is not null
                          and warmer is not null""").param("network", network).param("round", round).query(String.class).list().stream()
                .filter(w -> !w.isBlank())
                .map(String::strip)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
