package org.stiel.governance;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalId;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.BadRequestException;
import org.stiel.platform.Cursor;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * The network's decision log. The coordinator records decisions of any body or of the network as a whole; a body's
 * chair records the decisions of that body. Every member reads and searches the log. A decision is recorded once
 * and not changed afterwards: the log is the record of what was decided.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    private final DecisionRepository decisions;
    private final Bodies bodies;
    private final Goals goals;
    private final Actions actions;
    private final JdbcClient jdbc;

    Decisions(DecisionRepository decisions, Bodies bodies, Goals goals, Actions actions, JdbcClient jdbc) {
        this.decisions = decisions;
        this.bodies = bodies;
        this.goals = goals;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Whether the person may record decisions at all: the coordinator, or the chair of some body. */
    public boolean canRecord(StielUser user) {
        return user.is(NetworkRole.COORDINATOR) || !bodies.chairedBy(user).isEmpty();
    }

    /** The bodies whose decisions the person may record; network-wide decisions need {@link #canRecordForNetwork}. */
    public List<BodyView> recordableBodies(StielUser user) {
        var all = bodies.list(user.networkId());
        if (user.is(NetworkRole.COORDINATOR)) {
            return all;
        }
        var chaired = bodies.chairedBy(user);
        return all.stream().filter(b -> chaired.contains(b.id())).toList();
    }

    public boolean canRecordForNetwork(StielUser user) {
        return user.is(NetworkRole.COORDINATOR);
    }

    /**
     * Records a decision, taken in the given meeting or outside one.
     *
     * @param meeting the meeting it was taken in, or {@code null}
     * @throws ForbiddenException when the actor is neither coordinator nor chair of the form's body
     * @throws RuleViolation when the body, a goal or an action is not of the actor's network
     */
    @Transactional
    public DecisionId record(StielUser actor, DecisionForm form, MeetingRef meeting) {
        var network = actor.networkId();
        if (form.getBodyId() != null) {
            var body = new BodyId(form.getBodyId());
            if (!actor.is(NetworkRole.COORDINATOR)
                    && bodies.list(network).stream().anyMatch(b -> b.id().equals(body))
                    && !bodies.chairs(actor, body)) {
                throw new ForbiddenException("Only the coordinator or the body's chair records its decisions");
            }
        } else if (!actor.is(NetworkRole.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator records decisions of the whole network");
        }
        return recordOnBehalf(network, form, meeting, actor);
    }

    /** Records a decision on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public DecisionId recordOnBehalf(NetworkId network, DecisionForm form, MeetingRef meeting) {
        return recordOnBehalf(network, form, meeting, null);
    }

    private DecisionId recordOnBehalf(NetworkId network, DecisionForm form, MeetingRef meeting, StielUser actor) {
        check(network, form);
        var decision = Decision.record(
                network.value(),
                form,
                meeting,
                actor == null ? null : actor.id().value());
        return new DecisionId(decisions.save(decision).id());
    }

    /** @throws NotFoundException for a decision of another network */
    public DecisionView get(NetworkId network, DecisionId id) {
        var found = query(network, "d.id = :id", Map.of("id", id.value()), LOG_ORDER, 1);
        if (found.isEmpty()) {
            throw new NotFoundException("Decision");
        }
        return found.getFirst();
    }

    /** The decisions taken in a meeting, oldest first as they were taken. */
    public List<DecisionView> ofMeeting(NetworkId network, UUID meetingId) {
        return query(network, "d.meeting_id = :meeting", Map.of("meeting", meetingId), "d.created_at, d.id", 500);
    }

    /** The latest decisions of the network, newest first. */
    public List<DecisionView> recent(NetworkId network, int limit) {
        return query(network, "true", Map.of(), LOG_ORDER, limit);
    }

    /** The first page of {@link #search(NetworkId, DecisionSearch, Paging)}. */
    public List<DecisionView> search(NetworkId network, DecisionSearch search) {
        return search(network, search, Paging.first()).items();
    }

    /**
     * Searches the log, one page at a time: Dutch full text over what and why (stems, so "vergaderingen" finds
     * "vergadering"), by body and by date range (both ends included). With words the best matches come first, otherwise
     * the newest. The words are looked up in the GIN index of the network and the text (V24); the log without words
     * reads its index on the network (and the body) and the date.
     */
    public ListPage<DecisionView> search(NetworkId network, DecisionSearch search, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = filters(search, params);
        boolean ranked = search.text().isPresent();
        if (!paging.isFirst()) {
            var c = paging.after();
            // descending on every key: the row after the cursor compares lower
            if (ranked) {
                where.add(
                        "(" + RANK + ", d.decided_on, d.created_at, d.id)" + " < (cast(:rank as real), :on, :at, :id)");
                params.put("rank", rank(c.text(0)));
            } else {
                where.add("(d.decided_on, d.created_at, d.id) < (:on, :at, :id)");
            }
            int k = ranked ? 1 : 0;
            params.put("on", c.date(k));
            params.put("at", java.time.OffsetDateTime.ofInstant(c.instant(k + 1), java.time.ZoneOffset.UTC));
            params.put("id", c.uuid(k + 2));
        }
        String order = ranked ? RANK + " desc, " + LOG_ORDER : LOG_ORDER;
        var rows = rows(network, String.join(" and ", where), params, order, paging.limit());
        var page = ListPage.of(
                rows,
                paging,
                r -> ranked
                        ? Cursor.of(r.rank(), r.decidedOn(), r.createdAt(), r.id())
                        : Cursor.of(r.decidedOn(), r.createdAt(), r.id()));
        return new ListPage<>(views(network, page.items()), page.next());
    }

    /** How many decisions the search finds, all pages together; counted in SQL on the search's index. */
    public int count(NetworkId network, DecisionSearch search) {
        Map<String, Object> params = new HashMap<>();
        var where = filters(search, params);
        params.put("network", network.value());
        return jdbc.sql("select count(*) from governance_decision d where d.network_id = :network and "
                        + String.join(" and ", where))
                .params(params)
                .query(Integer.class)
                .single();
    }

    private static List<String> filters(DecisionSearch search, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("true");
        search.text().ifPresent(t -> {
            where.add("d.search @@ websearch_to_tsquery('dutch', :text)");
            params.put("text", t);
        });
        search.body().ifPresent(b -> {
            where.add("d.body_id = :body");
            params.put("body", b.value());
        });
        search.from().ifPresent(f -> {
            where.add("d.decided_on >= :from");
            params.put("from", f);
        });
        search.to().ifPresent(t -> {
            where.add("d.decided_on <= :to");
            params.put("to", t);
        });
        return where;
    }

    private static float rank(String text) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new BadRequestException("paging.cursor.invalid");
        }
    }

    /** The log's order: newest decision first; among one day's, the last recorded first. */
    private static final String LOG_ORDER = "d.decided_on desc, d.created_at desc, d.id desc";

    /** How well a decision matches the words; PostgreSQL's ts_rank is a real, compared as one on the next page. */
    private static final String RANK = "ts_rank(d.search, websearch_to_tsquery('dutch', :text))";

    private List<DecisionView> query(
            NetworkId network, String where, Map<String, Object> params, String order, int limit) {
        return views(network, rows(network, where, params, order, limit));
    }

    private List<Row> rows(NetworkId network, String where, Map<String, Object> params, String order, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("network", network.value());
        all.put("limit", limit);
        return jdbc.sql("""
                        select d.id, d.title, d.rationale, d.decided_on, d.body_id, b.name as body_name,
                               d.meeting_id, d.meeting_title, d.meeting_date, d.created_at, %s as rank
                        from governance_decision d
                        left join governance_body b on b.id = d.body_id and b.network_id = d.network_id
                        where d.network_id = :network and %s
                        order by %s
                        limit :limit""".formatted(params.containsKey("text") ? RANK : "cast(0 as real)", where, order))
                .params(all)
                .query(Decisions::row)
                .list();
    }

    /** The page's links to goals and actions, in two queries, and those goals and actions in two more. */
    private List<DecisionView> views(NetworkId network, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<UUID>> goalLinks = links("governance_decision_goal", "goal_id", ids);
        Map<UUID, List<UUID>> actionLinks = links("governance_decision_action", "action_id", ids);
        Map<UUID, GoalView> goalViews =
                goals
                        .byIds(
                                network,
                                goalLinks.values().stream()
                                        .flatMap(List::stream)
                                        .map(GoalId::new)
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(g -> g.id().value(), Function.identity()));
        Map<UUID, ActionView> actionViews = actions
                .byIds(
                        network,
                        actionLinks.values().stream()
                                .flatMap(List::stream)
                                .map(ActionId::new)
                                .toList())
                .stream()
                .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
        return rows.stream()
                .map(r -> new DecisionView(
                        new DecisionId(r.id()),
                        r.title(),
                        r.rationale() == null ? "" : r.rationale(),
                        r.decidedOn(),
                        Optional.ofNullable(r.bodyId()).map(BodyId::new),
                        r.bodyName() == null ? "" : r.bodyName(),
                        r.meetingId() == null
                                ? Optional.empty()
                                : Optional.of(new MeetingRef(r.meetingId(), r.meetingTitle(), r.meetingDate())),
                        goalLinks.getOrDefault(r.id(), List.of()).stream()
                                .map(goalViews::get)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        actionLinks.getOrDefault(r.id(), List.of()).stream()
                                .map(actionViews::get)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
    }

    private Map<UUID, List<UUID>> links(String table, String column, List<UUID> decisions) {
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        jdbc.sql("select decision_id, %s from %s where decision_id = any(:ids)".formatted(column, table))
                .param("ids", decisions.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return links;
    }

    private void check(NetworkId network, DecisionForm form) {
        if (form.getBodyId() != null
                && bodies.list(network).stream().noneMatch(b -> b.id().value().equals(form.getBodyId()))) {
            throw RuleViolation.on("bodyId", "governance.decision.link.invalid");
        }
        for (UUID goal : form.getGoalIds()) {
            try {
                goals.get(network, new GoalId(goal));
            } catch (NotFoundException e) {
                throw RuleViolation.on("goalIds", "governance.decision.link.invalid");
            }
        }
        for (UUID action : form.getActionIds()) {
            try {
                actions.get(network, new ActionId(action));
            } catch (NotFoundException e) {
                throw RuleViolation.on("actionIds", "governance.decision.link.invalid");
            }
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("rationale"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("body_name"),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("meeting_title"),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getFloat("rank"));
    }

    private record Row(
            UUID id,
            String title,
            String rationale,
            LocalDate decidedOn,
            UUID bodyId,
            String bodyName,
            UUID meetingId,
            String meetingTitle,
            LocalDate meetingDate,
            java.time.Instant createdAt,
            float rank) {}
}
