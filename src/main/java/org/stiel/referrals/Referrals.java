package org.stiel.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView.MunicipalityView;
import org.stiel.partners.PartnerSummary;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

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
    private final ReferralViews views;
    private final ReferralRecipients recipients;
    private final Accounts accounts;
    private final ReferralTransitions transitions;
    private final ReferralMunicipalities municipalities;
    private final DeclineQueries declines;
    private final Clock clock;

    Referrals(
            ReferralRepository referrals,
            ConsentTexts consentTexts,
            ReferralAccessLog accessLog,
            ReferralNotifier notifier,
            ReferralViews views,
            ReferralRecipients recipients,
            Accounts accounts,
            ReferralTransitions transitions,
            ReferralMunicipalities municipalities,
            DeclineQueries declines,
            Clock clock) {
        this.referrals = referrals;
        this.consentTexts = consentTexts;
        this.accessLog = accessLog;
        this.notifier = notifier;
        this.views = views;
        this.recipients = recipients;
        this.accounts = accounts;
        this.clock = clock;
        this.transitions = transitions;
        this.municipalities = municipalities;
        this.declines = declines;
    }

    // --- who may do what

    /** Partner staff send and receive referrals; the coordinator sees the numbers. */
    public boolean canUse(StielUser user) {
        return ReferralAccess.staffPartner(user).isPresent() || Roles.coordinator(user);
    }

    public boolean isStaff(StielUser user) {
        return ReferralAccess.staffPartner(user).isPresent();
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

    /**
     * The coordinator (or the installation, for the demo) publishes a new version; referrals keep pointing at the
     * version that was shown.
     */
    @Transactional
    public int publishConsentText(Actor actor, String body) {
        NetworkId network = actor.networkId();
        Require.coordinator(actor);
        String author = actor.displayName();
        if (body == null || body.isBlank()) {
            throw RuleViolation.on("body", "referrals.consentText.body.required");
        }
        return consentTexts.add(network.value(), body.strip(), author, clock.instant());
    }

    // --- sending

    /** The partners a staff member can refer to: every other partner of the network. */
    public List<PartnerSummary> recipients(StielUser actor) {
        return recipients.partners(actor.networkId(), ReferralAccess.requireStaff(actor));
    }

    /**
     * The services a staff member can refer to: the active offers of kind SERVICE of every other partner of the
     * network, published or not (a referral is between professionals), by partner and name.
     */
    public List<RecipientService> services(StielUser actor) {
        return recipients.services(actor.networkId(), null, ReferralAccess.requireStaff(actor));
    }

    /** The services of one recipient partner, as {@link #services(StielUser)}; empty for an unknown partner. */
    public List<RecipientService> services(StielUser actor, UUID recipient) {
        return recipients.services(actor.networkId(), recipient, ReferralAccess.requireStaff(actor));
    }

    /**
     * Whether a referral to {@code recipient} may name this offer: an active service of that partner, visible in the
     * reader's network.
     */
    public boolean offersService(StielUser actor, UUID recipient, UUID offer) {
        return recipients.offersService(actor.networkId(), recipient, offer);
    }

    /** The municipalities a referral can name as the family's: the network's, those with a NIS code. */
    public List<MunicipalityView> municipalities(StielUser actor) {
        ReferralAccess.requireStaff(actor);
        return municipalities.of(actor.networkId());
    }

    /**
     * Writes a referral, as a draft or sent at once.
     *
     * @throws ConsentMissingException when it is to be sent without a complete consent record
     * @throws ServiceNotOfferedException when the service named is not an active service of the recipient
     */
    @Transactional
    public ReferralId create(StielUser actor, ReferralForm form, boolean send) {
        UUID own = ReferralAccess.requireStaff(actor);
        NetworkId network = actor.networkId();
        recipients.check(network, own, form);
        if (consentInTheFuture(form)) {
            throw RuleViolation.on("consentGivenOn", "referrals.consent.future");
        }
        String municipality = municipalities.checked(network, form.getMunicipalityNis());
        if (form.hasConsent() && !consentTexts.exists(network.value(), form.getConsentTextVersion())) {
            throw new ConsentMissingException("Unknown consent text version " + form.getConsentTextVersion());
        }
        var referral = Referral.draft(
                network.value(), own, actor.id().value(), actor.displayName(), form, municipality, clock.instant());
        referrals.save(referral);
        if (send) {
            transitions.send(referral, actor);
        }
        return new ReferralId(referral.id());
    }

    /** Today in the networks' calendar. */
    public java.time.LocalDate today() {
        return StielTime.today(clock);
    }

    /** A consent date after today, in the networks' (Belgian) calendar. */
    public boolean consentInTheFuture(ReferralForm form) {
        return form.getConsentGivenOn() != null && form.getConsentGivenOn().isAfter(StielTime.today(clock));
    }

    /**
     * Sends a draft to the recipient.
     *
     * @throws ConsentMissingException without a complete consent record
     */
    @Transactional
    public void send(StielUser actor, ReferralId id) {
        var referral = load(actor, id);
        ReferralAccess.side(actor, referral);
        transitions.send(referral, actor);
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
        transitions.act(referral, ReferralAccess.side(actor, referral), actor, answer);
    }

    /** Withdrawing consent: one action for either side; it stops the referral and hides the family from everyone. */
    @Transactional
    public void withdrawConsent(StielUser actor, ReferralId id) {
        act(actor, id, ReferralAnswer.of(ReferralAction.WITHDRAW_CONSENT));
    }

    /** The recipient hands a referral to a colleague of the same partner. */
    @Transactional
    public void assign(StielUser actor, ReferralId id, UserId colleague) {
        var referral = load(actor, id);
        if (ReferralAccess.side(actor, referral) != ReferralSide.RECIPIENT) {
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
        return colleagues(actor.networkId(), ReferralAccess.requireStaff(actor));
    }

    private List<MemberView> colleagues(NetworkId network, UUID partner) {
        return accounts.staffOf(network, partner);
    }

    // --- reading

    /**
     * One referral with the family's details, for staff of the sending or receiving partner; the read is logged.
     * The recipient's first read opens it.
     */
    @Transactional
    public ReferralView read(StielUser actor, ReferralId id, boolean viaApi) {
        var referral = load(actor, id);
        ReferralSide side = ReferralAccess.side(actor, referral);
        Instant now = clock.instant();
        if (side == ReferralSide.RECIPIENT && referral.status() == ReferralStatus.SENT) {
            referral.apply(
                    ReferralAnswer.of(ReferralAction.OPEN), side, actor.id().value(), actor.displayName(), now);
            referrals.save(referral);
        }
        notifier.markRead(
                referral.networkId(), ReferralAccess.staffPartner(actor).orElseThrow(), referral.id(), now);
        if (!referral.detailsHidden()) {
            accessLog.record(
                    referral.networkId(),
                    referral.id(),
                    actor,
                    viaApi ? ReferralAccessLog.Purpose.API : ReferralAccessLog.Purpose.PAGE,
                    now);
        }
        return views.view(referral, side, false);
    }

    /** Who read the family's details of this referral, oldest first, a page at a time; for staff of both partners. */
    public ListPage<AccessEntry> accessLog(StielUser actor, ReferralId id, Paging paging) {
        var referral = load(actor, id);
        ReferralAccess.side(actor, referral);
        return views.entries(referral, paging);
    }

    // --- unmet need, for the gap analysis

    /**
     * How many of the network's referrals were declined for lack of offer ({@link DeclineReason#lackOfOffer()}) and
     * answered since {@code since}, by the family's municipality, life domain and reason; counts only, no family
     * data. For the insight module, which has checked who reads.
     */
    public List<DeclineCount> declinedForLackOfOffer(NetworkId network, Instant since) {
        return declines.lackOfOffer(network.value(), since);
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
}
