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
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

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
     * @throws IllegalArgumentException when the body, a goal or an action is not of the actor's network
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
        var found = query(network, "d.id = :id", Map.of("id", id.value()), "d.decided_on desc", 1);
        if (found.isEmpty()) {
            throw new NotFoundException("Decision");
        }
        return found.getFirst();
    }

    /** The decisions taken in a meeting, oldest first as they were taken. */
    public List<DecisionView> ofMeeting(NetworkId network, UUID meetingId) {
        return query(network, "d.meeting_id = :meeting", Map.of("meeting", meetingId), "d.created_at", 500);
    }

    /** The latest decisions of the network, newest first. */
    public List<DecisionView> recent(NetworkId network, int limit) {
        return query(network, "true", Map.of(), "d.decided_on desc, d.created_at desc", limit);
    }

    /**
     * Searches the log: Dutch full text over what and why (stems, so "vergaderingen" finds "vergadering"), by body
     * and by date range (both ends included). With words the best matches come first, otherwise the newest.
     */
    public List<DecisionView> search(NetworkId network, DecisionSearch search) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
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
        String order = search.text().isPresent()
                ? "ts_rank(d.search, websearch_to_tsquery('dutch', :text)) desc, d.decided_on desc"
                : "d.decided_on desc, d.created_at desc";
        return query(network, String.join(" and ", where), params, order, 200);
    }

    private List<DecisionView> query(
            NetworkId network, String where, Map<String, Object> params, String order, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("network", network.value());
        all.put("limit", limit);
        var rows = jdbc.sql("""
                        select d.id, d.title, d.rationale, d.decided_on, d.body_id, b.name as body_name,
                               d.meeting_id, d.meeting_title, d.meeting_date
                        from governance_decision d
                        left join governance_body b on b.id = d.body_id and b.network_id = d.network_id
                        where d.network_id = :network and %s
                        order by %s
                        limit :limit""".formatted(where, order))
                .params(all)
                .query(Decisions::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<UUID>> goalLinks = links("governance_decision_goal", "goal_id", ids);
        Map<UUID, List<UUID>> actionLinks = links("governance_decision_action", "action_id", ids);
        Map<UUID, GoalView> goalViews = goalLinks.isEmpty()
                ? Map.of()
                : goals.list(network).stream().collect(Collectors.toMap(g -> g.id().value(), Function.identity()));
        Map<UUID, ActionView> actionViews = actionLinks.isEmpty()
                ? Map.of()
                : actions.list(network).stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
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
            throw new IllegalArgumentException("The body is not of the network");
        }
        for (UUID goal : form.getGoalIds()) {
            try {
                goals.get(network, new GoalId(goal));
            } catch (NotFoundException e) {
                throw new IllegalArgumentException("The goal is not of the network");
            }
        }
        for (UUID action : form.getActionIds()) {
            try {
                actions.get(network, new ActionId(action));
            } catch (NotFoundException e) {
                throw new IllegalArgumentException("The action is not of the network");
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
                rs.getObject("meeting_date", LocalDate.class));
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
            LocalDate meetingDate) {}
}
