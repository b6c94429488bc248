package org.stiel.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.OfferSummary;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

/**
 * The referrals' API. A family's details are for the staff of the sending and of the receiving partner only, and
 * every read of them is logged; the coordinator gets numbers; everyone else is refused (403), and another network's
 * referral does not exist (404). Every change is one transaction: a refused step changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Referrals {

    private final ReferralRepository referrals;
    private final ConsentTexts consentTexts;
    private final ReferralAccessLog accessLog;
    private final ReferralNotifier notifier;
    private final Partners partners;
    private final Offers offers;
    private final Accounts accounts;
    private final Clock clock;

    Referrals(
            ReferralRepository referrals,
            ConsentTexts consentTexts,
            ReferralAccessLog accessLog,
            ReferralNotifier notifier,
            Partners partners,
            Offers offers,
            Accounts accounts,
            Clock clock) {
        this.referrals = referrals;
        this.consentTexts = consentTexts;
        this.accessLog = accessLog;
        this.notifier = notifier;
        this.partners = partners;
        this.offers = offers;
        this.accounts = accounts;
        this.clock = clock;
    }

    // --- who may do what

    /** Partner staff send and receive referrals; the coordinator sees the numbers. */
    public boolean canUse(StielUser user) {
        return staffPartner(user).isPresent() || user.is(NetworkRole.COORDINATOR);
    }

    public boolean isStaff(StielUser user) {
        return staffPartner(user).isPresent();
    }

    private static Optional<UUID> staffPartner(StielUser user) {
        if (!user.is(NetworkRole.PARTNER_STAFF)) {
            return Optional.empty();
        }
        return user.current().flatMap(Membership::partnerId);
    }

    private static UUID requireStaff(StielUser user) {
        user.networkId();
        return staffPartner(user).orElseThrow(() -> new ForbiddenException("Only partner staff handle referrals"));
    }

    private static void requireCoordinator(StielUser user) {
        user.networkId();
        if (!user.is(NetworkRole.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator");
        }
    }

    // --- consent texts

    public Optional<ConsentText> currentConsentText(NetworkId network) {
        return consentTexts.current(network.value());
    }

    /** Every version, newest first: for the coordinator, and for the staff who need to know what a family saw. */
    public List<ConsentText> consentTexts(StielUser user) {
        if (!canUse(user)) {
            throw new ForbiddenException("Not for this role");
        }
        return consentTexts.all(user.networkId().value());
    }

    /** The coordinator publishes a new version; referrals keep pointing at the version that was shown. */
    @Transactional
    public int publishConsentText(StielUser actor, String body) {
        requireCoordinator(actor);
        return publishConsentText(actor.networkId(), body, actor.displayName());
    }

    /** For the installation (demo data, imports): the caller has checked the right to do so. */
    @Transactional
    public int publishConsentText(NetworkId network, String body, String author) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A consent text needs a body");
        }
        return consentTexts.add(network.value(), body.strip(), author, clock.instant());
    }

    // --- sending

    /** The partners a staff member can refer to: every other partner of the network. */
    public List<PartnerSummary> recipients(StielUser actor) {
        UUID own = requireStaff(actor);
        return partners.search(actor.networkId(), PartnerSearch.all()).stream()
                .filter(p -> !p.id().value().equals(own))
                .toList();
    }

    /**
     * The services a staff member can refer to: the active offers of kind SERVICE of every other partner of the
     * network, published or not (a referral is between professionals), by partner and name.
     */
    public List<RecipientService> services(StielUser actor) {
        UUID own = requireStaff(actor);
        return offers
                .list(actor.networkId(), new OfferFilter(null, OfferKind.SERVICE, OfferStatus.ACTIVE, false))
                .stream()
                .filter(o -> !o.partnerId().value().equals(own))
                .map(o -> new RecipientService(o.id(), o.name(), o.partnerId(), o.partnerName()))
                .toList();
    }

    /** The services of one recipient partner, as {@link #services(StielUser)}; empty for an unknown partner. */
    public List<RecipientService> services(StielUser actor, UUID recipient) {
        return services(actor).stream()
                .filter(s -> s.partnerId().value().equals(recipient))
                .toList();
    }

    /**
     * Whether a referral to {@code recipient} may name this offer: an active service of that partner, visible in the
     * reader's network.
     */
    public boolean offersService(StielUser actor, UUID recipient, UUID offer) {
        if (recipient == null || offer == null) {
            return false;
        }
        return offers.find(actor.networkId(), new OfferId(offer))
                .filter(o -> o.partnerId().value().equals(recipient))
                .filter(o -> o.kind() == OfferKind.SERVICE && o.status() == OfferStatus.ACTIVE)
                .isPresent();
    }

    /**
     * Writes a referral, as a draft or sent at once.
     *
     * @throws ConsentMissingException when it is to be sent without a complete consent record
     * @throws ServiceNotOfferedException when the service named is not an active service of the recipient
     */
    @Transactional
    public ReferralId create(StielUser actor, ReferralForm form, boolean send) {
        UUID own = requireStaff(actor);
        NetworkId network = actor.networkId();
        UUID recipient = Objects.requireNonNull(form.getRecipientPartnerId(), "recipient");
        if (partners.find(network, new PartnerId(recipient)).isEmpty()) {
            throw new NotFoundException("Partner");
        }
        if (recipient.equals(own)) {
            throw new IllegalArgumentException("A partner does not refer to itself");
        }
        if (form.getOfferId() != null && !offersService(actor, recipient, form.getOfferId())) {
            throw new ServiceNotOfferedException("Not a service of the recipient");
        }
        if (consentInTheFuture(form)) {
            throw new IllegalArgumentException("Consent cannot be given in the future");
        }
        if (form.hasConsent() && !consentTexts.exists(network.value(), form.getConsentTextVersion())) {
            throw new ConsentMissingException("Unknown consent text version " + form.getConsentTextVersion());
        }
        var referral =
                Referral.draft(network.value(), own, actor.id().value(), actor.displayName(), form, clock.instant());
        referrals.save(referral);
        if (send) {
            send(referral, actor);
        }
        return new ReferralId(referral.id());
    }

    /** Today in the networks' calendar. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** A consent date after today, in the networks' (Belgian) calendar. */
    public boolean consentInTheFuture(ReferralForm form) {
        return form.getConsentGivenOn() != null && form.getConsentGivenOn().isAfter(java.time.LocalDate.now(clock));
    }

    /**
     * Sends a draft to the recipient.
     *
     * @throws ConsentMissingException without a complete consent record
     */
    @Transactional
    public void send(StielUser actor, ReferralId id) {
        var referral = load(actor, id);
        side(actor, referral);
        send(referral, actor);
    }

    private void send(Referral referral, StielUser actor) {
        // the lifecycle first: sending a referral twice is a conflict, not a consent problem
        ReferralStateMachine.apply(referral.status(), ReferralAction.SEND, ReferralSide.SENDER);
        if (!referral.hasConsent()) {
            throw new ConsentMissingException("A referral is sent only with the family's consent");
        }
        Instant now = clock.instant();
        referral.apply(
                ReferralAnswer.of(ReferralAction.SEND),
                ReferralSide.SENDER,
                actor.id().value(),
                actor.displayName(),
                now);
        referrals.save(referral);
        notifier.notify(
                referral.networkId(),
                referral.recipientPartnerId(),
                referral.id(),
                ReferralNotice.NoticeKind.RECEIVED,
                now);
    }

    // --- the lifecycle

    /**
     * Takes a step: accept, decline (with a reason), start contact, close (with an outcome), cancel, withdraw consent.
     *
     * @throws IllegalTransitionException when the lifecycle or the reader's side does not allow it
     */
    @Transactional
    public void act(StielUser actor, ReferralId id, ReferralAnswer answer) {
        var referral = load(actor, id);
        ReferralSide side = side(actor, referral);
        if (answer.action() == ReferralAction.SEND) {
            ReferralStateMachine.apply(referral.status(), ReferralAction.SEND, side);
            send(referral, actor);
            return;
        }
        Instant now = clock.instant();
        referral.apply(answer, side, actor.id().value(), actor.displayName(), now);
        referrals.save(referral);
        UUID other = side == ReferralSide.SENDER ? referral.recipientPartnerId() : referral.senderPartnerId();
        noticeFor(answer.action())
                .filter(kind -> referral.sentAt() != null)
                .ifPresent(kind -> notifier.notify(referral.networkId(), other, referral.id(), kind, now));
    }

    /** Withdrawing consent: one action for either side; it stops the referral and hides the family from everyone. */
    @Transactional
    public void withdrawConsent(StielUser actor, ReferralId id) {
        act(actor, id, ReferralAnswer.of(ReferralAction.WITHDRAW_CONSENT));
    }

    private static Optional<ReferralNotice.NoticeKind> noticeFor(ReferralAction action) {
        return Optional.ofNullable(
                switch (action) {
                    case ACCEPT -> ReferralNotice.NoticeKind.ACCEPTED;
                    case DECLINE -> ReferralNotice.NoticeKind.DECLINED;
                    case CLOSE -> ReferralNotice.NoticeKind.CLOSED;
                    case CANCEL -> ReferralNotice.NoticeKind.CANCELLED;
                    case WITHDRAW_CONSENT -> ReferralNotice.NoticeKind.WITHDRAWN;
                    default -> null;
                });
    }

    /** The recipient hands a referral to a colleague of the same partner. */
    @Transactional
    public void assign(StielUser actor, ReferralId id, UserId colleague) {
        var referral = load(actor, id);
        if (side(actor, referral) != ReferralSide.RECIPIENT) {
            throw new ForbiddenException("Only the recipient assigns");
        }
        if (colleague != null
                && colleagues(actor.networkId(), referral.recipientPartnerId()).stream()
                        .noneMatch(m -> m.id().equals(colleague))) {
            throw new NotFoundException("Colleague");
        }
        referral.assign(colleague == null ? null : colleague.value());
        referrals.save(referral);
    }

    /** The staff of the reader's own partner, to assign a referral to. */
    public List<MemberView> colleagues(StielUser actor) {
        return colleagues(actor.networkId(), requireStaff(actor));
    }

    private List<MemberView> colleagues(NetworkId network, UUID partner) {
        return accounts.members(network).stream()
                .filter(m -> m.role() == NetworkRole.PARTNER_STAFF
                        && m.partnerId().filter(partner::equals).isPresent())
                .toList();
    }

    // --- reading

    /**
     * One referral with the family's details, for staff of the sending or receiving partner; the read is logged.
     * The recipient's first read opens it.
     */
    @Transactional
    public ReferralView read(StielUser actor, ReferralId id, boolean viaApi) {
        var referral = load(actor, id);
        ReferralSide side = side(actor, referral);
        Instant now = clock.instant();
        if (side == ReferralSide.RECIPIENT && referral.status() == ReferralStatus.SENT) {
            referral.apply(
                    ReferralAnswer.of(ReferralAction.OPEN), side, actor.id().value(), actor.displayName(), now);
            referrals.save(referral);
        }
        notifier.markRead(referral.networkId(), staffPartner(actor).orElseThrow(), referral.id(), now);
        if (!referral.detailsHidden()) {
            accessLog.record(
                    referral.networkId(),
                    referral.id(),
                    actor,
                    viaApi ? ReferralAccessLog.Purpose.API : ReferralAccessLog.Purpose.PAGE,
                    now);
        }
        return view(referral, side, names(actor.networkId()), false);
    }

    /** Who read the family's details of this referral, oldest first; for staff of both partners. */
    public List<AccessEntry> accessLog(StielUser actor, ReferralId id) {
        var referral = load(actor, id);
        side(actor, referral);
        return entries(referral, names(actor.networkId()));
    }

    private List<AccessEntry> entries(Referral referral, Map<UUID, PartnerSummary> names) {
        return accessLog.of(referral.networkId(), referral.id()).stream()
                .map(row -> new AccessEntry(
                        row.userName(),
                        Optional.ofNullable(row.partnerId())
                                .map(names::get)
                                .map(PartnerSummary::name)
                                .orElse(null),
                        row.purpose(),
                        row.at()))
                .toList();
    }

    /** The referrals the reader's partner received (drafts are the sender's alone), in one tab. */
    public List<ReferralLine> inbox(StielUser actor, Box box, boolean mineOnly) {
        return inbox(actor, box, mineOnly, null);
    }

    /** As {@link #inbox(StielUser, Box, boolean)}, only those for one of the partner's services when given. */
    public List<ReferralLine> inbox(StielUser actor, Box box, boolean mineOnly, OfferId service) {
        UUID own = requireStaff(actor);
        return lines(actor, own, false).stream()
                .filter(l -> box == null || box.statuses().contains(l.status()))
                .filter(l -> !mineOnly || l.assignedToMe())
                .filter(l -> service == null || service.equals(l.serviceId()))
                .toList();
    }

    /** How many received referrals name each of the reader's partner's services (all tabs), most first. */
    public List<ServiceCount> serviceCounts(StielUser actor) {
        UUID own = requireStaff(actor);
        return countByService(lines(actor, own, false).stream()
                .filter(l -> l.serviceId() != null)
                .map(l -> new ServiceCount(l.serviceId(), l.serviceName(), l.recipientName(), 1))
                .toList());
    }

    private static List<ServiceCount> countByService(List<ServiceCount> ones) {
        Map<OfferId, ServiceCount> counts = new java.util.LinkedHashMap<>();
        for (var one : ones) {
            counts.merge(
                    one.id(),
                    one,
                    (a, b) -> new ServiceCount(a.id(), a.name(), a.partnerName(), a.count() + b.count()));
        }
        return counts.values().stream()
                .sorted(Comparator.comparing(ServiceCount::count)
                        .reversed()
                        .thenComparing(c -> String.valueOf(c.name())))
                .toList();
    }

    /** The referrals the reader's partner sent, drafts included. */
    public List<ReferralLine> sent(StielUser actor, Box box) {
        UUID own = requireStaff(actor);
        return lines(actor, own, true).stream()
                .filter(l -> box == null
                        || box.statuses().contains(l.status())
                        || (box == Box.NEW && l.status() == ReferralStatus.DRAFT))
                .toList();
    }

    public InboxCounts counts(StielUser actor) {
        UUID own = requireStaff(actor);
        var received = lines(actor, own, false);
        return new InboxCounts(
                count(received, Box.NEW),
                count(received, Box.IN_PROGRESS),
                count(received, Box.CLOSED),
                notifier.unreadCount(actor.networkId().value(), own));
    }

    private static int count(List<ReferralLine> lines, Box box) {
        return (int)
                lines.stream().filter(l -> box.statuses().contains(l.status())).count();
    }

    public List<ReferralNotice> notifications(StielUser actor) {
        return notifier.unread(actor.networkId().value(), requireStaff(actor));
    }

    @Transactional
    public void markNotificationsRead(StielUser actor) {
        notifier.markRead(actor.networkId().value(), requireStaff(actor), clock.instant());
    }

    private List<ReferralLine> lines(StielUser actor, UUID own, boolean sent) {
        NetworkId network = actor.networkId();
        var names = names(network);
        var services = serviceNames(network);
        Map<UUID, String> people = new HashMap<>();
        accounts.members(network).forEach(m -> people.put(m.id().value(), m.displayName()));
        UUID me = actor.id().value();
        return referrals.allInNetwork(network.value()).stream()
                .filter(r -> sent
                        ? r.senderPartnerId().equals(own)
                        : r.recipientPartnerId().equals(own) && r.status() != ReferralStatus.DRAFT)
                .sorted(Comparator.comparing(Referral::createdAt).reversed())
                .map(r -> new ReferralLine(
                        new ReferralId(r.id()),
                        r.status(),
                        nameOf(names, r.senderPartnerId()),
                        nameOf(names, r.recipientPartnerId()),
                        r.offerId() == null ? null : new OfferId(r.offerId()),
                        serviceNameOf(services, r.offerId()),
                        r.lifeDomain(),
                        r.urgency(),
                        r.createdAt(),
                        r.sentAt(),
                        r.assignedTo() == null ? null : people.get(r.assignedTo()),
                        me.equals(r.assignedTo())))
                .toList();
    }

    // --- the coordinator's numbers

    /** Counts and flows of the network's sent referrals; no names, no free text. */
    public ReferralStatistics statistics(StielUser actor) {
        requireCoordinator(actor);
        NetworkId network = actor.networkId();
        var names = names(network);
        var all = referrals.allInNetwork(network.value()).stream()
                .filter(r -> r.sentAt() != null)
                .toList();
        Map<ReferralStatus, Integer> byStatus = new EnumMap<>(ReferralStatus.class);
        Map<LifeDomain, Integer> byDomain = new EnumMap<>(LifeDomain.class);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<DeclineReason, Integer> reasons = new EnumMap<>(DeclineReason.class);
        Map<String, Integer> flows = new TreeMap<>();
        List<Long> hoursToAccept = new ArrayList<>();
        var services = serviceNames(network);
        List<ServiceCount> serviceOnes = new ArrayList<>();
        for (var r : all) {
            if (r.offerId() != null) {
                serviceOnes.add(new ServiceCount(
                        new OfferId(r.offerId()),
                        serviceNameOf(services, r.offerId()),
                        nameOf(names, r.recipientPartnerId()),
                        1));
            }
            byStatus.merge(r.status(), 1, Integer::sum);
            byDomain.merge(r.lifeDomain(), 1, Integer::sum);
            if (r.outcome() != null) {
                outcomes.merge(r.outcome(), 1, Integer::sum);
            }
            if (r.declineReason() != null) {
                reasons.merge(r.declineReason(), 1, Integer::sum);
            } else if (r.answeredAt() != null) {
                hoursToAccept.add(Duration.between(r.sentAt(), r.answeredAt()).toHours());
            }
            PartnerKind from = kindOf(names, r.senderPartnerId());
            PartnerKind to = kindOf(names, r.recipientPartnerId());
            flows.merge(from.name() + ">" + to.name(), 1, Integer::sum);
        }
        List<ReferralStatistics.Flow> flowList = flows.entrySet().stream()
                .map(e -> {
                    String[] kinds = e.getKey().split(">");
                    return new ReferralStatistics.Flow(
                            PartnerKind.valueOf(kinds[0]), PartnerKind.valueOf(kinds[1]), e.getValue());
                })
                .sorted(Comparator.comparing(ReferralStatistics.Flow::count).reversed())
                .toList();
        hoursToAccept.sort(null);
        Long median = hoursToAccept.isEmpty() ? null : hoursToAccept.get(hoursToAccept.size() / 2);
        return new ReferralStatistics(
                all.size(), byStatus, byDomain, flowList, outcomes, reasons, countByService(serviceOnes), median);
    }

    // --- subject access and erasure

    /**
     * Every referral of the reader's partner (sent or received) about a contact person, found by e-mail address or
     * phone number, with its details and access log. Each one found is a read: logged.
     */
    @Transactional
    public SubjectAccessReport subjectAccess(StielUser actor, String query) {
        UUID own = requireStaff(actor);
        NetworkId network = actor.networkId();
        var names = names(network);
        Instant now = clock.instant();
        List<SubjectAccessReport.Entry> entries = new ArrayList<>();
        for (var referral : about(network.value(), own, query)) {
            accessLog.record(network.value(), referral.id(), actor, ReferralAccessLog.Purpose.SUBJECT_ACCESS, now);
            // the family asks for everything held about them: withdrawn referrals too, until they are erased
            entries.add(new SubjectAccessReport.Entry(
                    view(referral, referral.sideOf(own), names, true), entries(referral, names)));
        }
        return new SubjectAccessReport(now, nameOf(names, own), entries);
    }

    /**
     * Erases the family from every referral of the reader's partner about them: the personal fields are removed,
     * the statistics and the audit trail (steps, access log) stay, under a pseudonym. Answers how many.
     */
    @Transactional
    public int erase(StielUser actor, String query) {
        UUID own = requireStaff(actor);
        Instant now = clock.instant();
        int count = 0;
        for (var referral : about(actor.networkId().value(), own, query)) {
            referral.pseudonymise(now);
            referrals.save(referral);
            count++;
        }
        return count;
    }

    /**
     * The referrals of the reader's partner about one contact person. Only an e-mail address (exactly, whatever the
     * case) or a phone number (its digits, at least six) identifies a person: a first name or initials would hand one
     * family's data to another, and erase it. A draft is the sender's alone, as everywhere else.
     */
    private List<Referral> about(UUID network, UUID own, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        boolean email = q.contains("@");
        String digits = q.replaceAll("\\D", "");
        if (!email && digits.length() < 6) {
            return List.of();
        }
        return referrals.allInNetwork(network).stream()
                .filter(r -> r.pseudonymisedAt() == null)
                .filter(r -> {
                    ReferralSide side = r.sideOf(own);
                    return side == ReferralSide.SENDER
                            || (side == ReferralSide.RECIPIENT && r.status() != ReferralStatus.DRAFT);
                })
                .filter(r -> email
                        ? q.equalsIgnoreCase(r.contactEmail())
                        : r.contactPhone() != null
                                && digits.equals(r.contactPhone().replaceAll("\\D", "")))
                .sorted(Comparator.comparing(Referral::createdAt))
                .toList();
    }

    // --- retention

    /** Pseudonymises one finished referral or abandoned draft; for the retention job. */
    @Transactional
    void pseudonymise(UUID id, Instant now) {
        referrals.findById(id).ifPresent(referral -> {
            referral.pseudonymise(now);
            referrals.save(referral);
        });
    }

    // --- helpers

    private Referral load(StielUser actor, ReferralId id) {
        return referrals
                .findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Referral"));
    }

    /**
     * The reader's end of the referral. Anyone else of the network is refused; for the recipient a draft does not
     * exist yet.
     */
    private static ReferralSide side(StielUser actor, Referral referral) {
        UUID own = staffPartner(actor).orElseThrow(() -> new ForbiddenException("Not a partner of this referral"));
        ReferralSide side = referral.sideOf(own);
        if (side == null) {
            throw new ForbiddenException("Not a partner of this referral");
        }
        if (side == ReferralSide.RECIPIENT && referral.status() == ReferralStatus.DRAFT) {
            throw new NotFoundException("Referral");
        }
        return side;
    }

    private Map<UUID, PartnerSummary> names(NetworkId network) {
        Map<UUID, PartnerSummary> names = new HashMap<>();
        partners.search(network, PartnerSearch.all()).forEach(p -> names.put(p.id().value(), p));
        return names;
    }

    /** Every offer of the network by id, whatever its state: a referral keeps naming a service that ended since. */
    private Map<UUID, OfferSummary> serviceNames(NetworkId network) {
        Map<UUID, OfferSummary> names = new HashMap<>();
        offers.list(network, OfferFilter.all()).forEach(o -> names.put(o.id().value(), o));
        return names;
    }

    private static String serviceNameOf(Map<UUID, OfferSummary> services, UUID offer) {
        if (offer == null) {
            return null;
        }
        var summary = services.get(offer);
        return summary == null ? "?" : summary.name();
    }

    private static String nameOf(Map<UUID, PartnerSummary> names, UUID partner) {
        var summary = names.get(partner);
        return summary == null ? "?" : summary.name();
    }

    private static PartnerKind kindOf(Map<UUID, PartnerSummary> names, UUID partner) {
        var summary = names.get(partner);
        return summary == null ? PartnerKind.OTHER : summary.kind();
    }

    private ReferralView view(Referral r, ReferralSide side, Map<UUID, PartnerSummary> names, boolean evenIfHidden) {
        boolean hidden = r.pseudonymisedAt() != null || (r.detailsHidden() && !evenIfHidden);
        String assignee = r.assignedTo() == null
                ? null
                : accounts.members(new NetworkId(r.networkId())).stream()
                        .filter(m -> m.id().value().equals(r.assignedTo()))
                        .map(MemberView::displayName)
                        .findFirst()
                        .orElse(null);
        return new ReferralView(
                new ReferralId(r.id()),
                side,
                r.status(),
                nameOf(names, r.senderPartnerId()),
                nameOf(names, r.recipientPartnerId()),
                r.offerId() == null ? null : new OfferId(r.offerId()),
                r.offerId() == null ? null : serviceNameOf(serviceNames(new NetworkId(r.networkId())), r.offerId()),
                r.lifeDomain(),
                r.urgency(),
                hidden
                        ? null
                        : new ReferralView.Family(
                                r.contactName(),
                                r.contactPhone(),
                                r.contactEmail(),
                                r.preferredContact(),
                                r.language(),
                                r.contactTimes(),
                                r.childrenAges(),
                                r.need()),
                hidden || r.consentTextVersion() == null
                        ? null
                        : new ReferralView.Consent(
                                r.consentGivenBy(),
                                r.consentGivenOn(),
                                r.consentMethod(),
                                r.consentPurpose(),
                                r.consentTextVersion()),
                r.declineReason(),
                r.outcome(),
                hidden ? null : r.outcomeNote(),
                assignee,
                r.createdAt(),
                r.sentAt(),
                r.openedAt(),
                r.answeredAt(),
                r.finishedAt(),
                r.withdrawnAt(),
                r.pseudonymisedAt(),
                r.pseudonym(),
                r.steps().stream()
                        .map(s -> new ReferralView.Step(s.action(), s.status(), s.actorName(), s.at()))
                        .toList(),
                side == null
                        ? List.of()
                        : ReferralStateMachine.allowed(r.status(), side).stream()
                                .filter(a -> a != ReferralAction.OPEN)
                                .toList());
    }
}
