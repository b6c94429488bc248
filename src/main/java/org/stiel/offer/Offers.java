package org.stiel.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * The offer's API. Every read takes the network it is scoped to: an offer is seen in every network its partner
 * belongs to, and is "not found" elsewhere. Partner staff change their own partner's offer, coordinators every offer
 * of their network, everyone else reads. Every save rewrites the offer's occurrences in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Offers {

    /** An offer not confirmed as correct for this long is stale: its partner and the coordinators are nudged. */
    public static final Period STALE_AFTER = Period.ofMonths(6);

    private final OfferRepository offers;
    private final OfferQueries queries;
    private final Occurrences occurrences;
    private final OfferChanges changes;
    private final OfferPartners partnerPlaces;
    private final Partners partners;
    private final Clock clock;

    Offers(
            OfferRepository offers,
            OfferQueries queries,
            Occurrences occurrences,
            OfferChanges changes,
            OfferPartners partnerPlaces,
            Partners partners,
            Clock clock) {
        this.offers = offers;
        this.queries = queries;
        this.occurrences = occurrences;
        this.changes = changes;
        this.partnerPlaces = partnerPlaces;
        this.partners = partners;
        this.clock = clock;
    }

    /** Stale on {@code today}: last confirmed {@link #STALE_AFTER} or longer ago. */
    public static boolean isStale(LocalDate lastVerified, LocalDate today) {
        return lastVerified != null && !lastVerified.isAfter(today.minus(STALE_AFTER));
    }

    public Optional<OfferView> find(NetworkId network, OfferId id) {
        return queries.view(network, id.value());
    }

    public OfferView get(NetworkId network, OfferId id) {
        return find(network, id).orElseThrow(() -> new NotFoundException("Offer"));
    }

    /** The form to edit an offer, filled with its current record. */
    public OfferForm form(NetworkId network, OfferId id) {
        return OfferForms.of(get(network, id));
    }

    public List<OfferSummary> list(NetworkId network, OfferFilter filter) {
        return queries.list(network, filter, today().minus(STALE_AFTER));
    }

    /**
     * The names of the offers among {@code ids} that are visible in the network, whatever their state, in one query:
     * for another module's page that names the offers of the rows it shows.
     */
    public java.util.Map<OfferId, String> names(NetworkId network, java.util.Collection<OfferId> ids) {
        return ids.isEmpty() ? java.util.Map.of() : queries.names(network, ids);
    }

    /** One page of the network's offers that pass the filter, by partner, then name. */
    public ListPage<OfferSummary> list(NetworkId network, OfferFilter filter, Paging paging) {
        return queries.page(network, filter, today().minus(STALE_AFTER), paging);
    }

    /** How many offers of the network pass the filter. */
    public int count(NetworkId network, OfferFilter filter) {
        return queries.count(network, filter, today().minus(STALE_AFTER));
    }

    public List<OfferSummary> listByPartner(NetworkId network, PartnerId partner) {
        return list(network, new OfferFilter(partner.value(), null, null, false));
    }

    /**
     * The stale offers a person should look at: all of the network's for a coordinator, their own partner's for
     * partner staff, none for others.
     */
    public List<OfferSummary> staleFor(StielUser user) {
        return staleFilter(user).map(filter -> list(user.networkId(), filter)).orElse(List.of());
    }

    /** One page of {@link #staleFor(StielUser)}. */
    public ListPage<OfferSummary> staleFor(StielUser user, Paging paging) {
        return staleFilter(user)
                .map(filter -> list(user.networkId(), filter, paging))
                .orElse(ListPage.empty());
    }

    /** How many offers {@link #staleFor(StielUser)} holds. */
    public int countStaleFor(StielUser user) {
        return staleFilter(user).map(filter -> count(user.networkId(), filter)).orElse(0);
    }

    private static Optional<OfferFilter> staleFilter(StielUser user) {
        user.networkId();
        if (Roles.coordinator(user)) {
            return Optional.of(new OfferFilter(null, null, null, true));
        }
        return user.current().flatMap(m -> m.partnerId()).map(partner -> new OfferFilter(partner, null, null, true));
    }

    /** The locations of a partner of the network, where its offers can take place. */
    public List<OfferView.Place> locationsOf(NetworkId network, PartnerId partner) {
        return partnerPlaces.locationsOf(network, partner.value());
    }

    /** Occurrences of an offer of the network from a day on, at most {@code limit}. */
    public List<OfferOccurrence> occurrences(NetworkId network, OfferId id, LocalDate from, int limit) {
        get(network, id);
        return occurrences.of(id.value(), from, limit);
    }

    public boolean canCreate(StielUser user, PartnerId partner) {
        return Roles.coordinatorOrStaffOf(user, partner.value());
    }

    public boolean canEdit(StielUser user, OfferId id) {
        return queries.partnerOf(user.networkId(), id.value())
                .map(partner -> canCreate(user, new PartnerId(partner)))
                .orElse(false);
    }

    /** Partner staff or a coordinator adds an offer of a partner of the current network. */
    @Transactional
    public OfferId create(StielUser actor, PartnerId partner, OfferForm form) {
        // not found (another network) before forbidden, so that one cannot probe for other networks' partners
        partners.get(actor.networkId(), partner);
        Require.coordinatorOrStaffOf(actor, partner.value());
        form.setLastVerified(null);
        OfferForms.keepOwnScheduleIds(form, java.util.Set.of());
        return register(actor, new OfferId(UUID.randomUUID()), partner, form);
    }

    /**
     * Adds an offer as a record kept elsewhere has it (the demo data, an import): the caller validated the form, and
     * {@code lastVerified} is taken from the form when it has one. Only the installation, the coordinator or the
     * partner's staff.
     */
    @Transactional
    public OfferId register(Actor actor, PartnerId partner, OfferForm form) {
        return register(actor, new OfferId(UUID.randomUUID()), partner, form);
    }

    /**
     * Adds an offer with a given id (the HSDS service id of an import), otherwise as {@link #register(Actor,
     * PartnerId, OfferForm)}.
     */
    @Transactional
    public OfferId register(Actor actor, OfferId id, PartnerId partner, OfferForm form) {
        NetworkId network = actor.networkId();
        String actorName = actor.displayName();
        partners.get(network, partner);
        Require.coordinatorOrStaffOf(actor, partner.value());
        if (queries.exists(id.value())) {
            throw RuleViolation.of("error.duplicate.detail");
        }
        form.withoutBlankRows();
        LocalDate verified = form.getLastVerified() != null ? form.getLastVerified() : today();
        var offer = Offer.create(id.value(), partner.value(), ownLocations(network, partner, form), now(), verified);
        offers.save(offer);
        occurrences.rewrite(id.value(), today());
        changes.registered(network, id, partner, offer.name(), actorName);
        return id;
    }

    /**
     * Changes an offer in one transaction; saving counts as confirming it is correct.
     *
     * @throws OptimisticLockingFailureException when the form carries a version and the offer has moved on since
     */
    @Transactional
    public void update(StielUser actor, OfferId id, OfferForm form) {
        var current = get(actor.networkId(), id);
        if (!canEdit(actor, id)) {
            throw new ForbiddenException("Not your partner's offer");
        }
        OfferForms.keepOwnScheduleIds(
                form,
                current.schedules().stream().map(OfferView.Schedule::id).collect(java.util.stream.Collectors.toSet()));
        form.setLastVerified(today());
        change(actor.networkId(), id, form, actor.displayName());
    }

    /**
     * Replaces an offer of the network as an import has it: like {@link #register(Actor, OfferId, PartnerId,
     * OfferForm)}, {@code lastVerified} is taken from the form when it has one, else kept.
     */
    @Transactional
    public void replace(Actor actor, OfferId id, OfferForm form) {
        NetworkId network = actor.networkId();
        String actorName = actor.displayName();
        var before = get(network, id);
        Require.coordinatorOrStaffOf(actor, before.partnerId().value());
        if (form.getLastVerified() == null) {
            form.setLastVerified(before.lastVerified());
        }
        change(network, id, form, actorName);
    }

    /** "Still correct": confirms the offer as it is, which takes it off the stale list. */
    @Transactional
    public void verify(StielUser actor, OfferId id) {
        var before = get(actor.networkId(), id);
        if (!canEdit(actor, id)) {
            throw new ForbiddenException("Not your partner's offer");
        }
        var offer = offers.findById(id.value()).orElseThrow(() -> new NotFoundException("Offer"));
        offer.verified(today(), now());
        offers.save(offer);
        changes.changed(actor.networkId(), before, get(actor.networkId(), id), actor.displayName());
    }

    private void change(NetworkId network, OfferId id, OfferForm form, String actorName) {
        var before = get(network, id);
        var offer = offers.findById(id.value()).orElseThrow(() -> new NotFoundException("Offer"));
        // Checked before anything is written: the form was filled from an older version, and saving it would undo
        // what someone else changed since. A change between this check and the save is caught by @Version.
        if (form.getVersion() != null && !form.getVersion().equals(offer.version())) {
            throw new OptimisticLockingFailureException(
                    "Offer " + id + " is at version " + offer.version() + ", not " + form.getVersion());
        }
        form.withoutBlankRows();
        offer.apply(ownLocations(network, before.partnerId(), form), now());
        offer.verified(form.getLastVerified(), now());
        offers.save(offer);
        occurrences.rewrite(id.value(), today());
        changes.changed(network, before, get(network, id), actorName);
    }

    /** Only the partner's own locations: an id of another partner's place is dropped, not stored. */
    private OfferForm ownLocations(NetworkId network, PartnerId partner, OfferForm form) {
        return OfferForms.keepOwnLocations(form, partnerPlaces.locationsOf(network, partner.value()));
    }

    /** Moves every scheduled offer's occurrences on to the horizon; the nightly job's work. */
    @Transactional
    public int extendOccurrences() {
        var scheduled = occurrences.scheduledOffers();
        scheduled.forEach(offer -> occurrences.rewrite(offer, today()));
        return scheduled.size();
    }

    private LocalDate today() {
        return StielTime.today(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
