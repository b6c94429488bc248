package org.stiel.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The network's goals in SQL, with each goal's progress rolled up by the database (GROUP BY over the goals of the page,
 * on the goal index of V24) rather than by loading the actions. Lists are keyset-paged: by target date (none last),
 * title and id; the plan's tree by its challenge first (as the challenges list orders them, goals without one last).
 */
@Repository
class GoalQueries {

    private static final String TARGET = "(coalesce(g.target_on, 'infinity'::date))";
    private static final String ORDER = TARGET + ", lower(g.title), g.id";

    /** The challenges' order (prioritised, proposed, turned into goals, set aside; priority; age), then the goals'. */
    private static final String CHALLENGE_RANK = "case when c.id is null then 9 else case c.status"
            + " when 'PRIORITISED' then 0 when 'PROPOSED' then 1 when 'GOAL' then 2 else 3 end end";

    private static final String CHALLENGE_PRIORITY = "coalesce(c.priority, 100)";
    private static final String CHALLENGE_CREATED = "coalesce(c.created_at, 'epoch'::timestamptz)";
    private static final String CHALLENGE_ID = "coalesce(c.id, '00000000-0000-0000-0000-000000000000'::uuid)";
    private static final String TREE_ORDER = String.join(
            ", ",
            CHALLENGE_RANK,
            CHALLENGE_PRIORITY,
            CHALLENGE_CREATED,
            CHALLENGE_ID,
            TARGET,
            "lower(g.title)",
            "g.id");

    private static final String SELECT =
            """
            select g.id, g.title, g.why, g.measure, g.target_on, g.published, g.challenge_id, g.version,
                   lower(g.title) as sort_title, c.title as challenge_title,
                   %s as c_rank, %s as c_priority, %s as c_created, %s as c_id
            from planning_goal g
            left join planning_challenge c on c.id = g.challenge_id and c.network_id = g.network_id
            """.formatted(CHALLENGE_RANK, CHALLENGE_PRIORITY, CHALLENGE_CREATED, CHALLENGE_ID);

    private final JdbcClient jdbc;

    GoalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every goal of the network by target date: for the choices of a form and the installation's own use. */
    List<GoalView> all(NetworkId network, boolean publishedOnly) {
        return views(
                network,
                jdbc.sql(SELECT + "where g.network_id = :network" + (publishedOnly ? " and g.published" : "")
                                + " order by " + ORDER)
                        .param("network", network.value())
                        .query(GoalQueries::row)
                        .list());
    }

    Optional<GoalView> find(NetworkId network, UUID id) {
        return views(
                        network,
                        jdbc.sql(SELECT + "where g.network_id = :network and g.id = :id")
                                .param("network", network.value())
                                .param("id", id)
                                .query(GoalQueries::row)
                                .list())
                .stream()
                .findFirst();
    }

    /** The goals with these ids that are the network's, in no particular order. */
    List<GoalView> byIds(NetworkId network, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(
                network,
                jdbc.sql(SELECT + "where g.network_id = :network and g.id = any(:ids)")
                        .param("network", network.value())
                        .param("ids", ids.toArray(UUID[]::new))
                        .query(GoalQueries::row)
                        .list());
    }

    /** One page of the goals by target date (none last), then title. */
    ListPage<GoalView> page(NetworkId network, boolean publishedOnly, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        var sql = new StringBuilder(SELECT).append("where g.network_id = :network");
        if (publishedOnly) {
            sql.append(" and g.published");
        }
        if (!paging.isFirst()) {
            var c = paging.after();
            sql.append(" and (").append(ORDER).append(") > (cast(:target as date), :title, :id)");
            params.put("target", c.isEmpty(0) ? "infinity" : c.date(0).toString());
            params.put("title", c.text(1));
            params.put("id", c.uuid(2));
        }
        sql.append(" order by ").append(ORDER).append(" limit :limit");
        var rows =
                jdbc.sql(sql.toString()).params(params).query(GoalQueries::row).list();
        var page = ListPage.of(rows, paging, r -> Cursor.of(r.targetOn(), r.sortTitle(), r.id()));
        return new ListPage<>(views(network, page.items()), page.next());
    }

    /** One page of the plan's tree: the goals grouped under their challenge, in the challenges' order. */
    ListPage<GoalView> tree(NetworkId network, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        var query = new StringBuilder(SELECT).append("where g.network_id = :network");
        if (!paging.isFirst()) {
            var c = paging.after();
            query.append(" and (")
                    .append(TREE_ORDER)
                    .append(") > (:crank, :cpriority, :ccreated, :cid, cast(:target as date), :title, :id)");
            params.put("crank", (int) c.number(0));
            params.put("cpriority", (int) c.number(1));
            params.put("ccreated", OffsetDateTime.ofInstant(c.instant(2), ZoneOffset.UTC));
            params.put("cid", c.uuid(3));
            params.put("target", c.isEmpty(4) ? "infinity" : c.date(4).toString());
            params.put("title", c.text(5));
            params.put("id", c.uuid(6));
        }
        query.append(" order by ").append(TREE_ORDER).append(" limit :limit");
        var rows = jdbc.sql(query.toString())
                .params(params)
                .query(GoalQueries::row)
                .list();
        var page = ListPage.of(rows, paging, GoalQueries::treeCursor);
        return new ListPage<>(views(network, page.items()), page.next());
    }

    private static Cursor treeCursor(Row r) {
        return Cursor.of(
                r.challengeRank(),
                r.challengePriority(),
                r.challengeCreated(),
                r.challengeKey(),
                r.targetOn(),
                r.sortTitle(),
                r.id());
    }

    private List<GoalView> views(NetworkId network, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, int[]> rollUps = new HashMap<>();
        jdbc.sql("select a.goal_id, count(*) as actions, " + Progress.SUM + " as total, " + Progress.COUNTED
                        + " as counted from planning_action a"
                        + " where a.network_id = :network and a.goal_id = any(:ids) group by a.goal_id")
                .param("network", network.value())
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getObject("goal_id", UUID.class),
                        new int[] {rs.getInt("actions"), Progress.of(rs.getLong("total"), rs.getLong("counted"))}))
                .list()
                .forEach(e -> rollUps.put(e.getKey(), e.getValue()));
        Map<UUID, List<GoalView.ServedPartner>> served = new HashMap<>();
        jdbc.sql("""
                        select gp.goal_id, gp.partner_id, gp.own_goal,
                               (select p.name from partner p
                                  join network_partner np on np.partner_id = p.id and np.network_id = gp.network_id
                                 where p.id = gp.partner_id) as partner_name
                        from planning_goal_partner gp
                        where gp.goal_id = any(:ids) and gp.network_id = :network
                        order by gp.goal_id, gp.position""")
                .param("ids", ids)
                .param("network", network.value())
                .query((rs, n) -> Map.entry(
                        rs.getObject("goal_id", UUID.class),
                        new GoalView.ServedPartner(
                                new PartnerId(rs.getObject("partner_id", UUID.class)),
                                rs.getString("partner_name") == null ? "" : rs.getString("partner_name"),
                                rs.getString("own_goal"))))
                .list()
                .forEach(e -> served.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> {
                    int[] rollUp = rollUps.getOrDefault(r.id(), new int[] {0, 0});
                    return new GoalView(
                            new GoalId(r.id()),
                            r.title(),
                            r.why(),
                            r.measure(),
                            r.targetOn(),
                            r.published(),
                            Optional.ofNullable(r.challenge()).map(ChallengeId::new),
                            r.challengeTitle() == null ? "" : r.challengeTitle(),
                            served.getOrDefault(r.id(), List.of()),
                            rollUp[1],
                            rollUp[0],
                            r.version());
                })
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("why"),
                rs.getString("measure"),
                rs.getObject("target_on", LocalDate.class),
                rs.getBoolean("published"),
                rs.getObject("challenge_id", UUID.class),
                rs.getString("challenge_title"),
                rs.getLong("version"),
                rs.getString("sort_title"),
                rs.getInt("c_rank"),
                rs.getInt("c_priority"),
                rs.getObject("c_created", OffsetDateTime.class).toInstant(),
                rs.getObject("c_id", UUID.class));
    }

    private record Row(
            UUID id,
            String title,
            String why,
            String measure,
            LocalDate targetOn,
            boolean published,
            UUID challenge,
            String challengeTitle,
            long version,
            String sortTitle,
            int challengeRank,
            int challengePriority,
            Instant challengeCreated,
            UUID challengeKey) {}
}
