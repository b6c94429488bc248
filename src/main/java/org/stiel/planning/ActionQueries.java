package org.stiel.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The plan's lists of actions, read in SQL one page at a time. Every list is keyset-paged on the plan's order (active
 * first, then done, then cancelled; by due date, none last; by title; by id) with an index of V24 that starts with
 * the network and the list's filter, so a page reads the rows it shows and not the network's. Names of partners and
 * people come from the same query (a partner or person that left the network shows no name), contributors from one
 * query per page.
 */
@Repository
class ActionQueries {

    /** The plan's order; the expressions are those of the V24 indexes. */
    static final String RANK = "(case a.status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end)";

    static final String DUE = "(coalesce(a.due_on, 'infinity'::date))";
    private static final String ORDER = RANK + ", " + DUE + ", lower(a.title), a.id";
    private static final String KEY = "(" + ORDER + ")";
    /** Within one status, or among overdue actions, the rank is the same for every row. */
    private static final String SHORT_ORDER = DUE + ", lower(a.title), a.id";

    private static final String SELECT = """
            select a.id, a.title, a.description, a.status, a.owner_partner_id, a.owner_user_id, a.due_on,
                   a.source_type, a.source_ref, a.created_at, a.version, a.goal_id, a.start_on, a.quick_win,
                   a.progress, g.title as goal_title,
                   (select p.name from partner p
                      join network_partner np on np.partner_id = p.id and np.network_id = a.network_id
                     where p.id = a.owner_partner_id) as partner_name,
                   (select u.display_name from app_user u
                      join membership m on m.user_id = u.id and m.network_id = a.network_id
                     where u.id = a.owner_user_id) as person_name,
                   %s as rank, lower(a.title) as sort_title
            from planning_action a
            left join planning_goal g on g.id = a.goal_id and g.network_id = a.network_id
            """.formatted(RANK);

    private final JdbcClient jdbc;

    ActionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which actions a list shows. */
    sealed interface Filter {}

    /** Every action of the network. */
    record All() implements Filter {}

    record WithStatus(ActionStatus status) implements Filter {}

    record OfGoal(UUID goal) implements Filter {}

    /** The actions that belong to no goal. */
    record WithoutGoal() implements Filter {}

    record QuickWins() implements Filter {}

    /** Due before {@code today} and still asking for work; the longest overdue first. */
    record Overdue(LocalDate today) implements Filter {}

    /** Carried by the person, or (partner staff) carried by or contributed to by their partner. */
    record Mine(UUID user, UUID partner) implements Filter {}

    ListPage<ActionView> page(NetworkId network, Filter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        boolean shortKey = filter instanceof WithStatus || filter instanceof Overdue;
        String after = "";
        if (!paging.isFirst()) {
            var c = paging.after();
            params.put("rank", (int) c.number(0));
            // no due date sorts last, as PostgreSQL's 'infinity'
            params.put("due", c.isEmpty(1) ? "infinity" : c.date(1).toString());
            params.put("title", c.text(2));
            params.put("id", c.uuid(3));
            after = shortKey
                    ? " and (" + SHORT_ORDER + ") > (cast(:due as date), :title, :id)"
                    : " and " + KEY + " > (:rank, cast(:due as date), :title, :id)";
        }
        String order = shortKey ? SHORT_ORDER : ORDER;
        String sql = switch (filter) {
            case All all -> SELECT + "where a.network_id = :network" + after;
            case WithStatus s -> {
                params.put("status", s.status().name());
                yield SELECT + "where a.network_id = :network and a.status = :status" + after;
            }
            case OfGoal g -> {
                params.put("goal", g.goal());
                yield SELECT + "where a.network_id = :network and a.goal_id = :goal" + after;
            }
            case WithoutGoal w -> SELECT + "where a.network_id = :network and a.goal_id is null" + after;
            case QuickWins q -> SELECT + "where a.network_id = :network and a.quick_win" + after;
            case Overdue o -> {
                params.put("today", o.today());
                yield SELECT + "where a.network_id = :network and a.status in ('OPEN', 'IN_PROGRESS')"
                        + " and a.due_on is not null and a.due_on < :today" + after;
            }
            case Mine m -> mine(m, params, after);
        };
        var rows = jdbc.sql(sql + " order by " + order + " limit :limit")
                .params(params)
                .query(ActionQueries::row)
                .list();
        var page = ListPage.of(rows, paging, ActionRow::cursor);
        return new ListPage<>(withContributors(network, page.items()), page.next());
    }

    /**
     * Three index scans, each reading at most one page after the cursor (the person's own, their partner's, those
     * their partner contributes to), merged in the plan's order.
     */
    private static String mine(Mine m, Map<String, Object> params, String after) {
        params.put("user", m.user());
        String own = "select a.id from planning_action a where a.network_id = :network and a.owner_user_id = :user"
                + after + " order by " + ORDER + " limit :limit";
        if (m.partner() == null) {
            return SELECT + "where a.network_id = :network and a.id in (" + own + ")" + after;
        }
        params.put("partner", m.partner());
        String carried = "select a.id from planning_action a where a.network_id = :network"
                + " and a.owner_partner_id = :partner" + after + " order by " + ORDER + " limit :limit";
        String helped = "select a.id from planning_action a join planning_action_contributor c on c.action_id = a.id"
                + " where c.network_id = :network and c.partner_id = :partner and a.network_id = :network"
                + after + " order by " + ORDER + " limit :limit";
        return SELECT + "where a.network_id = :network and a.id in ((" + own + ") union (" + carried + ") union ("
                + helped + "))" + after;
    }

    Optional<ActionView> find(NetworkId network, UUID id) {
        var rows = jdbc.sql(SELECT + "where a.network_id = :network and a.id = :id")
                .param("network", network.value())
                .param("id", id)
                .query(ActionQueries::row)
                .list();
        return withContributors(network, rows).stream().findFirst();
    }

    /** The actions with these ids that are the network's, in no particular order. */
    List<ActionView> byIds(NetworkId network, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql(SELECT + "where a.network_id = :network and a.id = any(:ids)")
                .param("network", network.value())
                .param("ids", ids.toArray(UUID[]::new))
                .query(ActionQueries::row)
                .list();
        return withContributors(network, rows);
    }

    /** Every action of the network in the plan's order: for the installation's own use (demo data), not for pages. */
    List<ActionView> all(NetworkId network) {
        var rows = jdbc.sql(SELECT + "where a.network_id = :network order by " + ORDER)
                .param("network", network.value())
                .query(ActionQueries::row)
                .list();
        return withContributors(network, rows);
    }

    /** The actions of other modules' sources of one type, by creation. */
    List<ActionView> bySource(NetworkId network, String type) {
        var rows = jdbc.sql(SELECT + "where a.network_id = :network and a.source_type = :type order by a.created_at")
                .param("network", network.value())
                .param("type", type)
                .query(ActionQueries::row)
                .list();
        return withContributors(network, rows);
    }

    /**
     * The first {@code perGoal} actions of each goal, in the plan's order; one more than asked tells the caller
     * there are more.
     */
    Map<UUID, List<ActionView>> firstOfGoals(NetworkId network, List<UUID> goals, int perGoal) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        // one index scan per goal, each stopping after perGoal + 1 rows
        var rows = jdbc.sql("select x.* from unnest(cast(:goals as uuid[])) as gl(goal_id) cross join lateral ("
                        + SELECT + "where a.network_id = :network and a.goal_id = gl.goal_id order by " + ORDER
                        + " limit :limit) x")
                .param("goals", goals.toArray(UUID[]::new))
                .param("network", network.value())
                .param("limit", perGoal + 1)
                .query(ActionQueries::row)
                .list();
        Map<UUID, List<ActionView>> byGoal = new LinkedHashMap<>();
        for (var a : withContributors(network, rows)) {
            byGoal.computeIfAbsent(a.goal().orElseThrow().value(), k -> new ArrayList<>())
                    .add(a);
        }
        return byGoal;
    }

    /**
     * How many actions are overdue on {@code today}: the network's, or when {@code user} is given only those the
     * person carries (and, with {@code partner}, those their partner carries).
     */
    int countOverdue(NetworkId network, LocalDate today, UUID user, UUID partner) {
        String own = user == null ? "" : " and (owner_user_id = :user or owner_partner_id = :partner)";
        return jdbc.sql("select count(*) from planning_action where network_id = :network"
                        + " and status in ('OPEN', 'IN_PROGRESS') and due_on is not null and due_on < :today" + own)
                .param("network", network.value())
                .param("today", today)
                .param("user", user)
                .param("partner", partner)
                .query(Integer.class)
                .single();
    }

    /** How many actions the network has per status, counted in SQL. */
    Map<ActionStatus, Integer> countByStatus(NetworkId network) {
        Map<ActionStatus, Integer> counts = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, count(*) from planning_action where network_id = ? group by status")
                .param(network.value())
                .query((rs, n) -> Map.entry(ActionStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private List<ActionView> withContributors(NetworkId network, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ActionView.ContributorView>> contributors = new HashMap<>();
        jdbc.sql("""
                        select c.action_id, c.partner_id, c.kind, c.amount, c.description,
                               (select p.name from partner p
                                  join network_partner np on np.partner_id = p.id and np.network_id = c.network_id
                                 where p.id = c.partner_id) as partner_name
                        from planning_action_contributor c
                        where c.action_id = any(:ids) and c.network_id = :network
                        order by c.action_id, c.position""")
                .param("ids", rows.stream().map(ActionRow::id).toArray(UUID[]::new))
                .param("network", network.value())
                .query((rs, n) -> Map.entry(
                        rs.getObject("action_id", UUID.class),
                        new ActionView.ContributorView(
                                new PartnerId(rs.getObject("partner_id", UUID.class)),
                                ActionRow.nonNull(rs.getString("partner_name")),
                                ContributorKind.valueOf(rs.getString("kind")),
                                rs.getBigDecimal("amount"),
                                rs.getString("description"))))
                .list()
                .forEach(e -> contributors
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> r.view(contributors.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static ActionRow row(ResultSet rs, int n) throws SQLException {
        return ActionRow.of(rs);
    }
}
