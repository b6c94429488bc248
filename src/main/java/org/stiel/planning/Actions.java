package org.stiel.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

/**
 * The network's actions. A coordinator adds and changes them; the responsible person and the staff of the responsible
 * partner (and the coordinator) move their status and progress. Every member reads them. Other modules create
 * actions with an {@link ActionSource} and find theirs back by it.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

    private final ActionRepository actions;
    private final GoalRepository goals;
    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;

    Actions(ActionRepository actions, GoalRepository goals, Partners partners, Accounts accounts, Clock clock) {
        this.actions = actions;
        this.goals = goals;
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
    }

    public boolean canManage(StielUser user) {
        return user.is(NetworkRole.COORDINATOR);
    }

    /** The coordinator, the responsible person, or staff of the responsible partner. */
    public boolean canChangeStatus(StielUser user, ActionView action) {
        return canManage(user)
                || action.ownerMember().filter(user.id()::equals).isPresent()
                || action.ownerPartner().filter(p -> user.worksFor(p.value())).isPresent();
    }

    /** Active actions first, then by due date. */
    public List<ActionView> list(NetworkId network) {
        var views = new Views(network);
        return actions.findByNetwork(network.value()).stream().map(views::view).toList();
    }

    /** The actions of one goal, as {@link #list} orders them. */
    public List<ActionView> ofGoal(NetworkId network, GoalId goal) {
        return list(network).stream()
                .filter(a -> a.goal().filter(goal::equals).isPresent())
                .toList();
    }

    /**
     * The person's actions: those they carry, and for partner staff those their partner carries or contributes to.
     */
    public List<ActionView> mine(StielUser user) {
        Optional<UUID> partner =
                user.is(NetworkRole.PARTNER_STAFF) ? user.current().flatMap(m -> m.partnerId()) : Optional.empty();
        return list(user.networkId()).stream()
                .filter(a -> a.ownerMember().filter(user.id()::equals).isPresent()
                        || partner.filter(p -> a.ownerPartner()
                                                .filter(op -> op.value().equals(p))
                                                .isPresent()
                                        || a.contributors().stream()
                                                .anyMatch(
                                                        c -> c.partner().value().equals(p)))
                                .isPresent())
                .toList();
    }

    /** Due before today (in the clock's zone) and neither done nor cancelled; the longest overdue first. */
    public List<ActionView> overdue(NetworkId network) {
        var today = LocalDate.now(clock);
        return list(network).stream()
                .filter(a -> a.overdueOn(today))
                .sorted(java.util.Comparator.comparing(ActionView::dueOn))
                .toList();
    }

    /** The quick wins, active ones first. */
    public List<ActionView> quickWins(NetworkId network) {
        return list(network).stream().filter(ActionView::quickWin).toList();
    }

    /** Today in the zone of the network's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ActionView get(NetworkId network, ActionId id) {
        var action =
                actions.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Action"));
        return new Views(network).view(action);
    }

    /** The network's actions that came from sources of the given type, by the source's reference. */
    public Map<String, List<ActionView>> bySource(NetworkId network, String type) {
        var views = new Views(network);
        return actions.findBySource(network.value(), type).stream()
                .map(views::view)
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
     * @throws IllegalArgumentException when the responsible partner or person, a contributor or the goal is not the
     *     network's
     */
    @Transactional
    public ActionId create(StielUser actor, ActionForm form, ActionSource source) {
        requireManage(actor);
        return createOnBehalf(actor.networkId(), form, source);
    }

    /** Adds an action on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public ActionId createOnBehalf(NetworkId network, ActionForm form, ActionSource source) {
        check(network, form);
        return new ActionId(actions.save(Action.create(network.value(), form, source, clock.instant()))
                .id());
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
        requireManage(actor);
        if (form.getVersion() != null && !form.getVersion().equals(action.version())) {
            throw new OptimisticLockingFailureException("Action " + id + " changed since");
        }
        check(actor.networkId(), form);
        action.apply(form, clock.instant());
        actions.save(action);
    }

    @Transactional
    public void changeStatus(StielUser actor, ActionId id, ActionStatus status) {
        updateProgress(actor, id, status, null);
    }

    /**
     * The coordinator, the responsible person or staff of the responsible partner move an action on.
     *
     * @param status the new status, or {@code null} to keep it
     * @param progress the new progress 0–100, or {@code null} to keep it; a done action is 100 whatever is sent
     * @throws IllegalArgumentException for a progress outside 0–100
     */
    @Transactional
    public void updateProgress(StielUser actor, ActionId id, ActionStatus status, Integer progress) {
        var view = get(actor.networkId(), id);
        if (!canChangeStatus(actor, view)) {
            throw new ForbiddenException("Not your action");
        }
        var action =
                actions.findInNetwork(id.value(), actor.networkId().value()).orElseThrow();
        action.progress(status, progress, clock.instant());
        actions.save(action);
    }

    /** Changes the status on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void changeStatusOnBehalf(NetworkId network, ActionId id, ActionStatus status) {
        progressOnBehalf(network, id, status, null);
    }

    /** Moves an action on, on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void progressOnBehalf(NetworkId network, ActionId id, ActionStatus status, Integer progress) {
        var action =
                actions.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Action"));
        action.progress(status, progress, clock.instant());
        actions.save(action);
    }

    /** Who may own an action: the partners and the members of the network, for the form's choice. */
    public Owners owners(NetworkId network) {
        return new Owners(
                partners.search(network, org.stiel.partners.PartnerSearch.all()).stream()
                        .map(p -> new Owners.Option(ActionForm.partnerOwner(p.id().value()), p.name(), p.id().value()))
                        .toList(),
                accounts.members(network).stream()
                        .map(m -> new Owners.Option(
                                ActionForm.memberOwner(m.id().value()), m.displayName(), m.id().value()))
                        .toList());
    }

    /** The choices of owner, partners and members apart. */
    public record Owners(List<Option> partners, List<Option> members) {

        /**
         * @param value the choice in the single-owner form ({@code partner:<id>}, {@code member:<id>})
         * @param id the partner's or person's id
         */
        public record Option(String value, String name, UUID id) {}
    }

    private void check(NetworkId network, ActionForm form) {
        var directory = new Directory(partners, accounts, network);
        form.ownerPartner().ifPresent(p -> {
            if (!directory.isPartner(p)) {
                throw new IllegalArgumentException("The owner is not a partner of the network");
            }
        });
        form.ownerMember().ifPresent(u -> {
            if (!directory.isMember(u)) {
                throw new IllegalArgumentException("The owner is not a member of the network");
            }
        });
        if (form.getGoalId() != null
                && goals.findInNetwork(form.getGoalId(), network.value()).isEmpty()) {
            throw new IllegalArgumentException("The goal is not the network's");
        }
        for (var c : form.filledContributors()) {
            if (!directory.isPartner(c.getPartnerId())) {
                throw new IllegalArgumentException("A contributor is not a partner of the network");
            }
        }
        if (form.getProgress() != null && (form.getProgress() < 0 || form.getProgress() > 100)) {
            throw new IllegalArgumentException("Progress is a percentage");
        }
    }

    private void requireManage(StielUser actor) {
        if (!canManage(actor)) {
            throw new ForbiddenException("Only a coordinator changes the action list");
        }
    }

    /** Views of one network's actions, with names looked up once. */
    private final class Views {

        private final Directory directory;
        private final NetworkId network;
        private Map<UUID, String> goalTitles;

        Views(NetworkId network) {
            this.network = network;
            this.directory = new Directory(partners, accounts, network);
        }

        ActionView view(Action a) {
            String partnerName = directory.partner(a.ownerPartnerId());
            String personName = directory.member(a.ownerUserId());
            return new ActionView(
                    new ActionId(a.id()),
                    a.title(),
                    a.description(),
                    a.status(),
                    Optional.ofNullable(a.ownerPartnerId()).map(PartnerId::new),
                    Optional.ofNullable(a.ownerUserId()).map(UserId::new),
                    partnerName.isEmpty() ? personName : partnerName,
                    a.dueOn(),
                    a.sourceType() == null
                            ? Optional.empty()
                            : Optional.of(new ActionSource(a.sourceType(), a.sourceRef())),
                    a.createdAt(),
                    a.version() == null ? 0 : a.version(),
                    Optional.ofNullable(a.goalId()).map(GoalId::new),
                    a.goalId() == null ? "" : goalTitle(a.goalId()),
                    partnerName,
                    personName,
                    a.startOn(),
                    a.quickWin(),
                    a.progress(),
                    a.contributors().stream()
                            .map(c -> new ActionView.ContributorView(
                                    new PartnerId(c.partnerId()),
                                    directory.partner(c.partnerId()),
                                    c.kind(),
                                    c.amount(),
                                    c.description()))
                            .toList());
        }

        private String goalTitle(UUID goal) {
            if (goalTitles == null) {
                goalTitles =
                        goals.findByNetwork(network.value()).stream().collect(Collectors.toMap(Goal::id, Goal::title));
            }
            return goalTitles.getOrDefault(goal, "");
        }
    }
}
