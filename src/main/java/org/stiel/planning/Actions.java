package org.stiel.planning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

/**
 * The network's action list. A coordinator adds and changes actions; the owner of an action (the member, or staff of
 * the owning partner) and the coordinator mark it done or open again. Every member reads the list. Other modules
 * create actions with an {@link ActionSource} and find theirs back by it.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

    private final ActionRepository actions;
    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;

    Actions(ActionRepository actions, Partners partners, Accounts accounts, Clock clock) {
        this.actions = actions;
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
    }

    public boolean canManage(StielUser user) {
        return user.is(NetworkRole.COORDINATOR);
    }

    public boolean canChangeStatus(StielUser user, ActionView action) {
        return canManage(user)
                || action.ownerMember().filter(user.id()::equals).isPresent()
                || action.ownerPartner().filter(p -> user.worksFor(p.value())).isPresent();
    }

    /** Open actions first, then by due date. */
    public List<ActionView> list(NetworkId network) {
        var names = new Names(network);
        return actions.findByNetwork(network.value()).stream().map(names::view).toList();
    }

    public ActionView get(NetworkId network, ActionId id) {
        var action =
                actions.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Action"));
        return new Names(network).view(action);
    }

    /** The network's actions that came from sources of the given type, by the source's reference. */
    public Map<String, List<ActionView>> bySource(NetworkId network, String type) {
        var names = new Names(network);
        return actions.findBySource(network.value(), type).stream()
                .map(names::view)
                .collect(Collectors.groupingBy(a -> a.source().orElseThrow().ref()));
    }

    /** The form to change an action, filled with its current state. */
    public ActionForm form(NetworkId network, ActionId id) {
        var a = get(network, id);
        var form = new ActionForm(
                a.title(),
                a.description(),
                a.ownerPartner()
                        .map(p -> ActionForm.partnerOwner(p.value()))
                        .or(() -> a.ownerMember().map(m -> ActionForm.memberOwner(m.value())))
                        .orElse(""),
                a.dueOn());
        form.setVersion(a.version());
        return form;
    }

    /**
     * A coordinator adds an action.
     *
     * @param source where it came from, or {@code null}
     * @throws IllegalArgumentException when the owner is not a partner or member of the network
     */
    @Transactional
    public ActionId create(StielUser actor, ActionForm form, ActionSource source) {
        requireManage(actor);
        return createOnBehalf(actor.networkId(), form, source);
    }

    /** Adds an action on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public ActionId createOnBehalf(NetworkId network, ActionForm form, ActionSource source) {
        checkOwner(network, form);
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
        checkOwner(actor.networkId(), form);
        action.apply(form, clock.instant());
        actions.save(action);
    }

    @Transactional
    public void changeStatus(StielUser actor, ActionId id, ActionStatus status) {
        var view = get(actor.networkId(), id);
        if (!canChangeStatus(actor, view)) {
            throw new ForbiddenException("Not your action");
        }
        var action =
                actions.findInNetwork(id.value(), actor.networkId().value()).orElseThrow();
        action.status(status, clock.instant());
        actions.save(action);
    }

    /** Changes the status on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void changeStatusOnBehalf(NetworkId network, ActionId id, ActionStatus status) {
        var action =
                actions.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Action"));
        action.status(status, clock.instant());
        actions.save(action);
    }

    /** Who may own an action: the partners and the members of the network, for the form's choice. */
    public Owners owners(NetworkId network) {
        return new Owners(
                partners.search(network, org.stiel.partners.PartnerSearch.all()).stream()
                        .map(p -> new Owners.Option(ActionForm.partnerOwner(p.id().value()), p.name()))
                        .toList(),
                accounts.members(network).stream()
                        .map(m -> new Owners.Option(ActionForm.memberOwner(m.id().value()), m.displayName()))
                        .toList());
    }

    /** The choices of owner, partners and members apart. */
    public record Owners(List<Option> partners, List<Option> members) {

        public record Option(String value, String name) {}
    }

    private void checkOwner(NetworkId network, ActionForm form) {
        form.ownerPartner().ifPresent(p -> {
            if (partners.find(network, new PartnerId(p)).isEmpty()) {
                throw new IllegalArgumentException("The owner is not a partner of the network");
            }
        });
        form.ownerMember().ifPresent(u -> {
            if (accounts.members(network).stream().noneMatch(m -> m.id().value().equals(u))) {
                throw new IllegalArgumentException("The owner is not a member of the network");
            }
        });
    }

    private void requireManage(StielUser actor) {
        if (!canManage(actor)) {
            throw new ForbiddenException("Only a coordinator changes the action list");
        }
    }

    /** Names of owners, looked up once per list. */
    private final class Names {

        private final NetworkId network;
        private Map<UUID, MemberView> members;

        Names(NetworkId network) {
            this.network = network;
        }

        ActionView view(Action a) {
            String ownerName = "";
            if (a.ownerPartnerId() != null) {
                ownerName = partners.nameOf(network, new PartnerId(a.ownerPartnerId()))
                        .orElse("");
            } else if (a.ownerUserId() != null) {
                if (members == null) {
                    members = accounts.members(network).stream()
                            .collect(Collectors.toMap(m -> m.id().value(), Function.identity()));
                }
                var member = members.get(a.ownerUserId());
                ownerName = member == null ? "" : member.displayName();
            }
            return new ActionView(
                    new ActionId(a.id()),
                    a.title(),
                    a.description(),
                    a.status(),
                    Optional.ofNullable(a.ownerPartnerId()).map(PartnerId::new),
                    Optional.ofNullable(a.ownerUserId()).map(UserId::new),
                    ownerName,
                    a.dueOn(),
                    a.sourceType() == null
                            ? Optional.empty()
                            : Optional.of(new ActionSource(a.sourceType(), a.sourceRef())),
                    a.createdAt(),
                    a.version());
        }
    }
}
