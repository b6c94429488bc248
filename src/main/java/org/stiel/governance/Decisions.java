package org.stiel.governance;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.planning.ActionId;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalId;
import org.stiel.planning.Goals;
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
    private final DecisionQueries queries;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Decisions(
            DecisionRepository decisions,
            Bodies bodies,
            Goals goals,
            Actions actions,
            DecisionQueries queries,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.decisions = decisions;
        this.bodies = bodies;
        this.goals = goals;
        this.actions = actions;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the person may record decisions at all: the coordinator, or the chair of some body. */
    public boolean canRecord(StielUser user) {
        return Roles.coordinator(user) || !bodies.chairedBy(user).isEmpty();
    }

    /** The bodies whose decisions the person may record; network-wide decisions need {@link #canRecordForNetwork}. */
    public List<BodyView> recordableBodies(StielUser user) {
        var all = bodies.list(user.networkId());
        if (Roles.coordinator(user)) {
            return all;
        }
        var chaired = bodies.chairedBy(user);
        return all.stream().filter(b -> chaired.contains(b.id())).toList();
    }

    public boolean canRecordForNetwork(StielUser user) {
        return Roles.coordinator(user);
    }

    /**
     * Records a decision, taken in the given meeting or outside one.
     *
     * @param meeting the meeting it was taken in, or {@code null}
     * @throws ForbiddenException when the actor is neither coordinator nor chair of the form's body
     * @throws RuleViolation when the body, a goal or an action is not of the actor's network
     */
    @Transactional
    public DecisionId record(Actor actor, DecisionForm form, MeetingRef meeting) {
        var network = actor.networkId();
        if (form.bodyId() != null) {
            var body = new BodyId(form.bodyId());
            Require.that(
                    actor,
                    user -> user.is(NetworkRole.COORDINATOR)
                            || bodies.list(network).stream().noneMatch(b -> b.id().equals(body))
                            || bodies.chairs(user, body),
                    "Only the coordinator or the body's chair records its decisions");
        } else {
            Require.coordinator(actor);
        }
        check(network, form);
        // the installation's decisions (the demo's) have no recorder
        var decision = Decision.record(
                network.value(),
                form,
                meeting,
                actor.person().map(user -> user.id().value()).orElse(null));
        var id = new DecisionId(decisions.save(decision).id());
        events.publishEvent(new DecisionRecorded(
                network,
                id,
                form.bodyId() == null ? null : new BodyId(form.bodyId()),
                form.title().strip(),
                form.decidedOn(),
                clock.instant()));
        return id;
    }

    /** @throws NotFoundException for a decision of another network */
    public DecisionView get(NetworkId network, DecisionId id) {
        return queries.find(network, id.value()).orElseThrow(() -> new NotFoundException("Decision"));
    }

    /** The decisions taken in a meeting, oldest first as they were taken. */
    public List<DecisionView> ofMeeting(NetworkId network, UUID meetingId) {
        return queries.ofMeeting(network, meetingId);
    }

    /** The latest decisions of the network, newest first. */
    public List<DecisionView> recent(NetworkId network, int limit) {
        return queries.recent(network, limit);
    }

    /** The first page of {@link #search(NetworkId, DecisionSearch, Paging)}. */
    public List<DecisionView> search(NetworkId network, DecisionSearch search) {
        return search(network, search, Paging.first()).items();
    }

    /**
     * Searches the log, one page at a time: Dutch full text over what and why (stems, so "vergaderingen" finds
     * "vergadering"), by body and by date range (both ends included). With words the best matches come first, otherwise
     * the newest.
     */
    public ListPage<DecisionView> search(NetworkId network, DecisionSearch search, Paging paging) {
        return queries.search(network, search, paging);
    }

    /** How many decisions the search finds, all pages together; counted in SQL on the search's index. */
    public int count(NetworkId network, DecisionSearch search) {
        return queries.count(network, search);
    }

    private void check(NetworkId network, DecisionForm form) {
        if (form.bodyId() != null
                && bodies.list(network).stream().noneMatch(b -> b.id().value().equals(form.bodyId()))) {
            throw RuleViolation.on("bodyId", "governance.decision.link.invalid");
        }
        for (UUID goal : form.goalIds()) {
            try {
                goals.get(network, new GoalId(goal));
            } catch (NotFoundException e) {
                throw RuleViolation.on("goalIds", "governance.decision.link.invalid");
            }
        }
        for (UUID action : form.actionIds()) {
            try {
                actions.get(network, new ActionId(action));
            } catch (NotFoundException e) {
                throw RuleViolation.on("actionIds", "governance.decision.link.invalid");
            }
        }
    }
}
