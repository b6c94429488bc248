package org.stiel.partners;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;

/**
 * The partner directory's API. Every read takes the network it is scoped to; a partner of another network is
 * reported as not found. Coordinators change every partner of their network, partner staff their own organisation.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

    private final PartnerRepository partners;
    private final NetworkPartners memberships;
    private final PartnerQueries queries;
    private final Networks networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Partners(
            PartnerRepository partners,
            NetworkPartners memberships,
            PartnerQueries queries,
            Networks networks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.memberships = memberships;
        this.queries = queries;
        this.networks = networks;
        this.events = events;
    }

    /**
     * Every partner of the network that matches, by name (by relevance when searching words). For choices and
     * lookups of other modules; a list for people is paged: {@link #search(NetworkId, PartnerSearch, Paging)}.
     */
    public List<PartnerSummary> search(NetworkId network, PartnerSearch search) {
        return queries.search(network, search);
    }

    /** One page of the partner list, in the same order as {@link #search(NetworkId, PartnerSearch)}. */
    public ListPage<PartnerSummary> search(NetworkId network, PartnerSearch search, Paging paging) {
        return queries.page(network, search, paging);
    }

    /** Every partner of the network by name, with only its id and name: for a select in a form or filter. */
    public List<PartnerChoice> choices(NetworkId network) {
        return queries.choices(network);
    }

    /**
     * The networks a partner belongs to: a change to what the partner offers is news in each of them. Installation
     * knowledge, not one network's data, so it takes no network.
     */
    public List<NetworkId> networksOf(PartnerId partner) {
        return memberships.networksOf(partner.value());
    }

    /** How many partners of the network match the search, for the list's status line. */
    public int count(NetworkId network, PartnerSearch search) {
        return queries.count(network, search);
    }

    public Optional<PartnerView> find(NetworkId network, PartnerId id) {
        return memberships
                .find(network, id.value())
                .flatMap(membership -> partners.findById(id.value()).map(p -> view(p, membership)));
    }

    public PartnerView get(NetworkId network, PartnerId id) {
        return find(network, id).orElseThrow(() -> new NotFoundException("Partner"));
    }

    /** The form to edit a partner, filled with its current record. */
    public PartnerForm form(NetworkId network, PartnerId id) {
        return PartnerForms.of(get(network, id));
    }

    public boolean canCreate(StielUser user) {
        return Roles.coordinator(user);
    }

    public boolean canEdit(StielUser user, PartnerId id) {
        return Roles.coordinatorOrStaffOf(user, id.value());
    }

    /**
     * A coordinator (or the installation: demo data, imports) adds a new partner organisation to the current network;
     * "what's new" names the actor as its author.
     */
    @Transactional
    public PartnerId create(Actor actor, PartnerForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        String actorName = actor.displayName();
        networks.get(network);
        var partner = partners.save(Partner.create(form.withoutBlankRows(), clock.instant()));
        memberships.save(network, partner.id(), membershipOf(form));
        var id = new PartnerId(partner.id());
        events.publishEvent(new PartnerRegistered(network, id, partner.name(), actorName, StielTime.now(clock)));
        return id;
    }

    /** Makes an existing partner organisation a member of the actor's network too. */
    @Transactional
    public void addToNetwork(Actor actor, PartnerId id, boolean core) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        String actorName = actor.displayName();
        var partner = partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
        networks.get(network);
        memberships.save(network, id.value(), new NetworkPartners.Membership(core, null, null));
        events.publishEvent(new PartnerRegistered(network, id, partner.name(), actorName, StielTime.now(clock)));
    }

    /**
     * Changes a partner in one transaction.
     *
     * @throws OptimisticLockingFailureException when the form carries a version and the partner has moved on since
     */
    @Transactional
    public void update(StielUser actor, PartnerId id, PartnerForm form) {
        NetworkId network = actor.networkId();
        var before = get(network, id);
        Require.coordinatorOrStaffOf(actor, id.value());
        var partner = partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
        // Checked before anything is written. The form was filled from an older version: saving it would undo what
        // someone else changed since. Without a version (API clients that do not send one) the last write wins.
        // A change between this check and the save is caught by @Version on the UPDATE, and rolls all of it back.
        if (form.getVersion() != null && !form.getVersion().equals(partner.version())) {
            throw new OptimisticLockingFailureException(
                    "Partner " + id.value() + " is at version " + partner.version() + ", not " + form.getVersion());
        }
        form.withoutBlankRows();
        if (!Roles.coordinator(actor)) {
            // being a core partner is the network's decision, not the partner's
            form.setCore(before.core());
        }
        partner.apply(form, clock.instant());
        partners.save(partner);
        memberships.save(network, id.value(), membershipOf(form));

        var after = get(network, id);
        List<String> shared = PartnerForms.sharedChanges(before, after);
        List<String> own = PartnerForms.membershipChanges(before, after);
        String actingNetwork = null;
        for (NetworkId member : memberships.networksOf(id.value())) {
            List<String> changes = new ArrayList<>(shared);
            String actorName;
            if (member.equals(network)) {
                changes.addAll(own);
                actorName = actor.displayName();
            } else {
                // another network's feed shows which network made the change, not who: its members have no
                // business with the names of the people of this network
                if (actingNetwork == null) {
                    actingNetwork = networks.get(network).name();
                }
                actorName = actingNetwork;
            }
            if (!changes.isEmpty()) {
                events.publishEvent(new PartnerUpdated(
                        member, id, after.name(), actorName, List.copyOf(changes), StielTime.now(clock)));
            }
        }
    }

    /**
     * How many partners serve each life domain in each municipality of the network, counted in SQL: the page costs
     * the same whatever the number of partners.
     */
    public Coverage coverage(NetworkId network) {
        NetworkView view = networks.get(network);
        Map<LifeDomain, Map<UUID, Integer>> cells = new EnumMap<>(LifeDomain.class);
        for (var cell : queries.coverageCells(network)) {
            cells.computeIfAbsent(cell.lifeDomain(), d -> new HashMap<>()).put(cell.municipality(), cell.partners());
        }
        var totals = queries.coverageTotals(network);
        List<Coverage.Row> rows = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            var counts = cells.getOrDefault(domain, Map.of());
            rows.add(new Coverage.Row(
                    domain,
                    view.municipalities().stream()
                            .map(m -> counts.getOrDefault(m.id().value(), 0))
                            .toList(),
                    totals.getOrDefault(domain, 0)));
        }
        return new Coverage(view.municipalities(), rows, queries.withoutLocation(network));
    }

    /**
     * The partners of the network among {@code ids}, in one query: for another module's page that names the partners
     * of the rows it shows. An id of another network is left out.
     */
    public List<PartnerSummary> summaries(NetworkId network, java.util.Collection<PartnerId> ids) {
        return ids.isEmpty() ? List.of() : queries.summaries(network, ids);
    }

    /** The name of a partner of the network, for other modules' pages. */
    public Optional<String> nameOf(NetworkId network, PartnerId id) {
        return find(network, id).map(PartnerView::name);
    }

    private PartnerView view(Partner p, NetworkPartners.Membership membership) {
        return new PartnerView(
                new PartnerId(p.id()),
                p.name(),
                p.description(),
                p.kind(),
                p.lifeDomains().isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(p.lifeDomains()),
                p.reach(),
                membership.core(),
                p.website(),
                p.expertise(),
                membership.expectations(),
                membership.interests(),
                p.locations().stream()
                        .map(l -> new PartnerView.Location(
                                l.name(), l.street(), l.postcode(), l.city(), l.latitude(), l.longitude()))
                        .toList(),
                p.contacts().stream()
                        .map(c -> new PartnerView.Contact(c.name(), c.role(), c.phone(), c.email()))
                        .toList(),
                p.updatedAt(),
                p.version());
    }

    private static NetworkPartners.Membership membershipOf(PartnerForm form) {
        return new NetworkPartners.Membership(
                form.isCore(), blankToNull(form.getExpectations()), blankToNull(form.getInterests()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
