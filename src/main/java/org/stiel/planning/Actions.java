package org.stiel.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * The network's actions. A coordinator adds and changes them; the responsible person and the staff of the responsible
 * partner (and the coordinator) move their status and progress. Every member reads them. Other modules create
 * actions with an {@link ActionSource} and find theirs back by it.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

    private final ActionRepository actions;
    private final ActionQueries queries;
    private final ActionOwners owners;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Actions(
            ActionRepository actions,
            ActionQueries queries,
            ActionOwners owners,
            Clock clock,
            ApplicationEventPublisher events) {
        this.actions = actions;
        this.queries = queries;
        this.owners = owners;
        this.clock = clock;
        this.events = events;
    }

    /** The coordinator, the responsible person, or staff of the responsible partner. */
    public boolean canChangeStatus(StielUser user, ActionView action) {
        return Roles.coordinator(user)
                || action.ownerMember().filter(user.id()::equals).isPresent()
                || action.ownerPartner().filter(p -> user.worksFor(p.value())).isPresent();
    }

    /**
     * Every action of the network, active ones first, then by due date: for the installation's own use (demo data)
     * and the choices of a form; pages read {@link #page} instead.
     */
    public List<ActionView> list(NetworkId network) {
        return queries.all(network);
    }

    /** One page of the network's actions in the plan's order: active first, then by due date, then by title. */
    public ListPage<ActionView> page(NetworkId network, Paging paging) {
        return queries.page(network, new ActionQueries.All(), paging);
    }

    /** One page of the actions with the given status, by due date (none last), then by title. */
    public ListPage<ActionView> withStatus(NetworkId network, ActionStatus status, Paging paging) {
        return queries.page(network, new ActionQueries.WithStatus(status), paging);
    }

    /** One page of the actions that belong to no goal, in the plan's order. */
    public ListPage<ActionView> withoutGoal(NetworkId network, Paging paging) {
        return queries.page(network, new ActionQueries.WithoutGoal(), paging);
    }

    /** The first page of one goal's actions, as {@link #page} orders them. */
    public List<ActionView> ofGoal(NetworkId network, GoalId goal) {
        return ofGoal(network, goal, Paging.first()).items();
    }

    /** One page of a goal's actions, as {@link #page} orders them. */
    public ListPage<ActionView> ofGoal(NetworkId network, GoalId goal, Paging paging) {
        return queries.page(network, new ActionQueries.OfGoal(goal.value()), paging);
    }

    /**
     * The first {@code perGoal} actions of each of the goals, and one more when the goal has more: what the plan's
     * tree shows under each goal.
     */
    public Map<GoalId, List<ActionView>> firstOfGoals(NetworkId network, List<GoalId> goals, int perGoal) {
        return queries.firstOfGoals(network, goals.stream().map(GoalId::value).toList(), perGoal).entrySet().stream()
                .collect(Collectors.toMap(e -> new GoalId(e.getKey()), Map.Entry::getValue));
    }

    /** How many actions the network has in each status, every status present. */
    public Map<ActionStatus, Integer> countByStatus(NetworkId network) {
        return queries.countByStatus(network);
    }

    /** The first page of {@link #mine(StielUser, Paging)}. */
    public List<ActionView> mine(StielUser user) {
        return mine(user, Paging.first()).items();
    }

    /**
     * The person's actions: those they carry, and for partner staff those their partner carries or contributes to;
     * in the plan's order.
     */
    public ListPage<ActionView> mine(StielUser user, Paging paging) {
        UUID partner = user.is(NetworkRole.PARTNER_STAFF)
                ? user.current().flatMap(m -> m.partnerId()).orElse(null)
                : null;
        return queries.page(user.networkId(), new ActionQueries.Mine(user.id().value(), partner), paging);
    }

    /** The first page of {@link #overdue(NetworkId, Paging)}. */
    public List<ActionView> overdue(NetworkId network) {
        return overdue(network, Paging.first()).items();
    }

    /** Due before today (in the clock's zone) and neither done nor cancelled; the longest overdue first. */
    public ListPage<ActionView> overdue(NetworkId network, Paging paging) {
        return queries.page(network, new ActionQueries.Overdue(today()), paging);
    }

    /** How many of the network's actions {@link #overdue(NetworkId, Paging)} holds, counted in SQL. */
    public int countOverdue(NetworkId network) {
        return queries.countOverdue(network, today(), null, null);
    }

    /** How many overdue actions the person carries (partner staff: or their partner carries), counted in SQL. */
    public int countOverdueMine(StielUser user) {
        UUID partner = user.is(NetworkRole.PARTNER_STAFF)
                ? user.current().flatMap(m -> m.partnerId()).orElse(null)
                : null;
        return queries.countOverdue(user.networkId(), today(), user.id().value(), partner);
    }

    /** The first page of {@link #quickWins(NetworkId, Paging)}. */
    public List<ActionView> quickWins(NetworkId network) {
        return quickWins(network, Paging.first()).items();
    }

    /** The quick wins, active ones first. */
    public ListPage<ActionView> quickWins(NetworkId network, Paging paging) {
        return queries.page(network, new ActionQueries.QuickWins(), paging);
    }

    /** Today in the zone of the network's clock. */
    public LocalDate today() {
        return StielTime.today(clock);
    }

    /** The network's actions among these ids (others are left out), for other modules that link to actions. */
    public List<ActionView> byIds(NetworkId network, java.util.Collection<ActionId> ids) {
        return queries.byIds(
                network, ids.stream().map(ActionId::value).distinct().toList());
    }

    public ActionView get(NetworkId network, ActionId id) {
        return queries.find(network, id.value()).orElseThrow(() -> new NotFoundException("Action"));
    }

    /** The network's actions that came from sources of the given type, by the source's reference. */
    public Map<String, List<ActionView>> bySource(NetworkId network, String type) {
        return queries.bySource(network, type).stream()
                .collect(Collectors.groupingBy(a -> a.source().orElseThrow().ref()));
    }

    /** The form to change an action, filled with its current state. */
    public ActionForm form(NetworkId network, ActionId id) {
        var a = get(network, id);
        var form = new ActionForm(a.title(), a.description(), "", a.dueOn());
        form.setResponsiblePartner(a.ownerPartner().map(PartnerId::value).orElse(null));
        form.setResponsiblePerson(a.ownerMember().map(UserId::value).orElse(null));
        form.setGoalId(a.goal().map(GoalId::value).orElse(null));
        form.setStartOn(a.startOn());
        form.setQuickWin(a.quickWin());
        form.setStatus(a.status());
        form.setProgress(a.progress());
        a.contributors()
                .forEach(c -> form.getContributors()
                        .add(new ActionForm.ContributorForm(
                                c.partner().value(), c.kind(), c.amount(), c.description())));
        form.setVersion(a.version());
        return form;
    }

    /**
     * A coordinator adds an action.
     *
     * @param source where it came from, or {@code null}
     * @throws RuleViolation when the responsible partner or person, a contributor or the goal is not the
     *     network's
     */
    @Transactional
    public ActionId create(Actor actor, ActionForm form, ActionSource source) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        owners.check(network, form);
        var action = actions.save(Action.create(network.value(), form, source, clock.instant()));
        events.publishEvent(ActionEvents.created(network, action, clock.instant()));
        return new ActionId(action.id());
    }

    /**
     * A coordinator changes an action.
     *
     * @throws OptimisticLockingFailureException when the form carries an older version
     */
    @Transactional
    public void update(StielUser actor, ActionId id, ActionForm form) {
        var action = actions.findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Action"));
        Require.coordinator(actor);
        if (form.getVersion() != null && !form.getVersion().equals(action.version())) {
            throw new OptimisticLockingFailureException("Action " + id + " changed since");
        }
        owners.check(actor.networkId(), form);
        action.apply(form, clock.instant());
        actions.save(action);
    }

    @Transactional
    public void changeStatus(Actor actor, ActionId id, ActionStatus status) {
        updateProgress(actor, id, status, null);
    }

    /**
     * The coordinator, the responsible person or staff of the responsible partner move an action on.
     *
     * @param status the new status, or {@code null} to keep it
     * @param progress the new progress 0–100, or {@code null} to keep it; a done action is 100 whatever is sent
     * @throws RuleViolation for a progress outside 0–100
     */
    @Transactional
    public void updateProgress(Actor actor, ActionId id, ActionStatus status, Integer progress) {
        var view = get(actor.networkId(), id);
        Require.that(actor, user -> canChangeStatus(user, view), "Not your action");
        var action =
                actions.findInNetwork(id.value(), actor.networkId().value()).orElseThrow();
        var before = action.status();
        action.progress(status, progress, clock.instant());
        actions.save(action);
        ActionEvents.done(actor.networkId(), before, action, clock.instant()).ifPresent(events::publishEvent);
    }

    /** Who may own an action: the partners and the members of the network, for the form's choice. */
    public Owners owners(NetworkId network) {
        return owners.of(network);
    }

    /** The choices of owner, partners and members apart. */
    public record Owners(List<Option> partners, List<Option> members) {

        /**
         * @param value the choice in the single-owner form ({@code partner:<id>}, {@code member:<id>})
         * @param id the partner's or person's id
         */
        public record Option(String value, String name, UUID id) {}
    }
}
