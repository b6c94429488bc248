package org.stiel.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * The network's steering group and working groups. A coordinator sets them up and keeps their membership; every
 * member of the network reads them. A partner that leaves a body keeps its row with the leaving date, so the
 * membership history stays complete.
 */
@Service
@Transactional(readOnly = true)
public class Bodies {

    private final BodyRepository bodies;
    private final BodyQueries queries;
    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Bodies(
            BodyRepository bodies,
            BodyQueries queries,
            Partners partners,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.queries = queries;
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** The steering group first, then the working groups by name; each with its current members. */
    public List<BodyView> list(NetworkId network) {
        return queries.bodies(network, null);
    }

    /** @throws NotFoundException for a body of another network */
    public BodyView get(NetworkId network, BodyId id) {
        return queries.bodies(network, id.value()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Body"));
    }

    /** The first page of {@link #history(NetworkId, BodyId, Paging)}. */
    public List<MembershipView> history(NetworkId network, BodyId id) {
        return history(network, id, Paging.first()).items();
    }

    /**
     * One page of every membership the body had, the current ones first, then by the day they joined.
     *
     * @throws NotFoundException for a body of another network
     */
    public ListPage<MembershipView> history(NetworkId network, BodyId id, Paging paging) {
        if (!exists(network, id)) {
            throw new NotFoundException("Body");
        }
        return queries.history(network, id.value(), paging);
    }

    private boolean exists(NetworkId network, BodyId id) {
        return bodies.findInNetwork(id.value(), network.value()).isPresent();
    }

    /** Whether the person chairs the given body of their current network. */
    public boolean chairs(StielUser user, BodyId id) {
        return bodies.findInNetwork(id.value(), user.networkId().value())
                .map(b -> user.id().value().equals(b.chairId()))
                .orElse(false);
    }

    /** The bodies the person chairs in their current network. */
    public List<BodyId> chairedBy(StielUser user) {
        return queries.chairedBy(user.networkId(), user.id().value());
    }

    public BodyForm form(NetworkId network, BodyId id) {
        var body = load(network, id);
        return new BodyForm(body.name(), body.kind(), body.mandate(), body.chairId(), body.version());
    }

    /**
     * A coordinator sets up a body.
     *
     * @throws RuleViolation when the chair is not a member of the network, or the name is taken
     */
    @Transactional
    public BodyId create(Actor actor, BodyForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        check(network, form, null);
        var body = bodies.save(Body.create(network.value(), form, clock.instant()));
        events.publishEvent(changed(network, body, BodyChanged.Change.CREATED, null));
        return new BodyId(body.id());
    }

    /** @throws OptimisticLockingFailureException when the form carries an older version */
    @Transactional
    public void update(StielUser actor, BodyId id, BodyForm form) {
        var body = load(actor.networkId(), id);
        Require.coordinator(actor);
        if (form.version() != null && !form.version().equals(body.version())) {
            throw new OptimisticLockingFailureException("Body " + id + " changed since");
        }
        check(actor.networkId(), form, body.id());
        body.apply(form, clock.instant());
        bodies.save(body);
        events.publishEvent(changed(actor.networkId(), body, BodyChanged.Change.UPDATED, null));
    }

    /**
     * A partner joins the body.
     *
     * @throws RuleViolation when the partner or person is not of the network, or the partner is a member already
     */
    @Transactional
    public void addMember(Actor actor, BodyId id, MemberForm form) {
        NetworkId network = actor.networkId();
        var body = load(network, id);
        Require.coordinator(actor);
        if (partners.find(network, new PartnerId(form.partnerId())).isEmpty()) {
            throw RuleViolation.on("partnerId", "governance.member.invalid");
        }
        if (form.personId() != null && !isMember(network, form.personId())) {
            throw RuleViolation.on("personId", "governance.member.invalid");
        }
        body.join(form.partnerId(), form.personId(), form.joinedOn(), clock.instant());
        bodies.save(body);
        events.publishEvent(changed(network, body, BodyChanged.Change.MEMBER_JOINED, new PartnerId(form.partnerId())));
    }

    /**
     * The partner leaves the body on the given date (today when {@code null}); its membership stays in the history.
     *
     * @throws RuleViolation when the partner is no current member
     */
    @Transactional
    public void removeMember(Actor actor, BodyId id, PartnerId partner, LocalDate on) {
        var body = load(actor.networkId(), id);
        Require.coordinator(actor);
        body.leave(partner.value(), on == null ? StielTime.today(clock) : on, clock.instant());
        bodies.save(body);
        events.publishEvent(changed(actor.networkId(), body, BodyChanged.Change.MEMBER_LEFT, partner));
    }

    /** The network's members, for the choice of chair or representative. */
    public List<MemberView> people(NetworkId network) {
        return accounts.members(network);
    }

    /** The network's partners, for the choice of member. */
    public List<PartnerSummary> partners(NetworkId network) {
        return partners.search(network, PartnerSearch.all());
    }

    Body load(NetworkId network, BodyId id) {
        return bodies.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Body"));
    }

    private void check(NetworkId network, BodyForm form, UUID self) {
        if (form.chairId() != null && !isMember(network, form.chairId())) {
            throw RuleViolation.on("chairId", "governance.body.chair.invalid");
        }
        if (bodies.nameTaken(network.value(), form.name().strip(), self == null ? new UUID(0, 0) : self)) {
            throw RuleViolation.on("name", "governance.body.name.taken");
        }
    }

    private boolean isMember(NetworkId network, UUID person) {
        return accounts.members(network).stream().anyMatch(m -> m.id().value().equals(person));
    }

    private BodyChanged changed(NetworkId network, Body body, BodyChanged.Change change, PartnerId partner) {
        return new BodyChanged(network, new BodyId(body.id()), body.name(), change, partner, clock.instant());
    }
}
