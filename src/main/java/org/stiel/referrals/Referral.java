package org.stiel.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.network.LifeDomain;
import org.stiel.platform.RuleViolation;

/**
 * A referral and its steps. Every change of status goes through {@link ReferralStateMachine}; the family's fields are
 * the only personal data and {@link #pseudonymise} removes all of them at once.
 */
@Table("referral")
class Referral {

    @Id
    private UUID id;

    private UUID networkId;
    private UUID senderPartnerId;
    private UUID recipientPartnerId;
    /** One service (offer) of the recipient, or {@code null} for the partner as a whole. */
    private UUID offerId;

    private ReferralStatus status;
    private UUID createdBy;
    private UUID assignedTo;

    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private PreferredContact preferredContact;
    private String language;
    private String contactTimes;
    private String childrenAges;
    private LifeDomain lifeDomain;
    private String need;
    private Urgency urgency;

    private String consentGivenBy;
    private LocalDate consentGivenOn;
    private ConsentMethod consentMethod;
    private String consentPurpose;
    private UUID consentRecipientId;
    private Integer consentTextVersion;

    private DeclineReason declineReason;
    private Outcome outcome;
    private String outcomeNote;

    private Instant createdAt;
    private Instant sentAt;
    private Instant openedAt;
    private Instant answeredAt;
    private Instant finishedAt;
    private Instant withdrawnAt;
    private Instant remindedUnopenedAt;
    private Instant remindedUnansweredAt;
    private Instant pseudonymisedAt;
    private String pseudonym;

    @Version
    private Long version;

    @MappedCollection(idColumn = "referral_id", keyColumn = "position")
    private List<Step> steps = new ArrayList<>();

    /** For Spring Data: fields are set one by one. */
    private Referral() {}

    static Referral draft(UUID network, UUID sender, UUID createdBy, String actorName, ReferralForm form, Instant now) {
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.networkId = network;
        referral.senderPartnerId = sender;
        referral.recipientPartnerId = form.getRecipientPartnerId();
        referral.offerId = form.getOfferId();
        referral.status = ReferralStatus.DRAFT;
        referral.createdBy = createdBy;
        referral.contactName = trimmed(form.getContactName());
        referral.contactPhone = trimmed(form.getContactPhone());
        referral.contactEmail = trimmed(form.getContactEmail());
        referral.preferredContact = form.getPreferredContact();
        referral.language = trimmed(form.getLanguage());
        referral.contactTimes = trimmed(form.getContactTimes());
        referral.childrenAges = trimmed(form.getChildrenAges());
        referral.lifeDomain = form.getLifeDomain();
        referral.need = trimmed(form.getNeed());
        referral.urgency = form.getUrgency();
        if (form.hasConsent()) {
            referral.consentGivenBy = trimmed(form.getConsentGivenBy());
            referral.consentGivenOn = form.getConsentGivenOn();
            referral.consentMethod = form.getConsentMethod();
            referral.consentPurpose = trimmed(form.getConsentPurpose());
            // consent is given for one recipient: recorded, so that it is clear whom the family agreed to
            referral.consentRecipientId = form.getRecipientPartnerId();
            referral.consentTextVersion = form.getConsentTextVersion();
        }
        referral.createdAt = now;
        referral.steps.add(new Step(null, ReferralStatus.DRAFT, createdBy, actorName, now));
        return referral;
    }

    /**
     * Takes one step of the lifecycle.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow it, leaving the referral as it was
     */
    void apply(ReferralAnswer answer, ReferralSide side, UUID actorId, String actorName, Instant now) {
        ReferralStatus next = ReferralStateMachine.apply(status, answer.action(), side);
        switch (answer.action()) {
            case SEND -> sentAt = now;
            case OPEN -> openedAt = now;
            case ACCEPT -> answeredAt = now;
            case DECLINE -> {
                if (answer.declineReason() == null) {
                    throw RuleViolation.on("declineReason", "referrals.declineReason.required");
                }
                declineReason = answer.declineReason();
                outcomeNote = trimmed(answer.note());
                answeredAt = now;
                finishedAt = now;
            }
            case CLOSE -> {
                if (answer.outcome() == null) {
                    throw RuleViolation.on("outcome", "referrals.outcome.required");
                }
                outcome = answer.outcome();
                outcomeNote = trimmed(answer.note());
                finishedAt = now;
            }
            case CANCEL -> finishedAt = now;
            case WITHDRAW_CONSENT -> {
                withdrawnAt = now;
                finishedAt = now;
            }
            case START_CONTACT -> {}
        }
        status = next;
        steps.add(new Step(answer.action(), next, actorId, actorName, now));
    }

    /**
     * Removes every personal field of the family. Status, life domain, urgency, partners, times and steps stay: the
     * network's statistics and the audit trail need them, and none of them names the family.
     */
    void pseudonymise(Instant now) {
        contactName = null;
        contactPhone = null;
        contactEmail = null;
        language = null;
        contactTimes = null;
        childrenAges = null;
        need = null;
        consentGivenBy = null;
        consentPurpose = null;
        outcomeNote = null;
        pseudonym = "G-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        pseudonymisedAt = now;
    }

    void assign(UUID colleague) {
        assignedTo = colleague;
    }

    void markReminded(boolean unopened, Instant now) {
        if (unopened) {
            remindedUnopenedAt = now;
        } else {
            remindedUnansweredAt = now;
        }
    }

    boolean hasConsent() {
        return consentGivenBy != null
                && consentGivenOn != null
                && consentMethod != null
                && consentPurpose != null
                && consentTextVersion != null
                && recipientPartnerId.equals(consentRecipientId);
    }

    /** The family's details are hidden from everyone once consent is withdrawn or the details are erased. */
    boolean detailsHidden() {
        return status == ReferralStatus.WITHDRAWN || pseudonymisedAt != null;
    }

    ReferralSide sideOf(UUID partner) {
        if (partner.equals(senderPartnerId)) {
            return ReferralSide.SENDER;
        }
        if (partner.equals(recipientPartnerId)) {
            return ReferralSide.RECIPIENT;
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    UUID senderPartnerId() {
        return senderPartnerId;
    }

    UUID offerId() {
        return offerId;
    }

    UUID recipientPartnerId() {
        return recipientPartnerId;
    }

    ReferralStatus status() {
        return status;
    }

    UUID createdBy() {
        return createdBy;
    }

    UUID assignedTo() {
        return assignedTo;
    }

    String contactName() {
        return contactName;
    }

    String contactPhone() {
        return contactPhone;
    }

    String contactEmail() {
        return contactEmail;
    }

    PreferredContact preferredContact() {
        return preferredContact;
    }

    String language() {
        return language;
    }

    String contactTimes() {
        return contactTimes;
    }

    String childrenAges() {
        return childrenAges;
    }

    LifeDomain lifeDomain() {
        return lifeDomain;
    }

    String need() {
        return need;
    }

    Urgency urgency() {
        return urgency;
    }

    String consentGivenBy() {
        return consentGivenBy;
    }

    LocalDate consentGivenOn() {
        return consentGivenOn;
    }

    ConsentMethod consentMethod() {
        return consentMethod;
    }

    String consentPurpose() {
        return consentPurpose;
    }

    Integer consentTextVersion() {
        return consentTextVersion;
    }

    DeclineReason declineReason() {
        return declineReason;
    }

    Outcome outcome() {
        return outcome;
    }

    String outcomeNote() {
        return outcomeNote;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    Instant remindedUnopenedAt() {
        return remindedUnopenedAt;
    }

    Instant remindedUnansweredAt() {
        return remindedUnansweredAt;
    }

    Instant pseudonymisedAt() {
        return pseudonymisedAt;
    }

    String pseudonym() {
        return pseudonym;
    }

    List<Step> steps() {
        return steps;
    }

    /** One step: what was done, the status it led to, by whom (a staff member, never the family) and when. */
    @Table("referral_step")
    record Step(ReferralAction action, ReferralStatus status, UUID actorId, String actorName, Instant at) {}
}
