package org.stiel.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.network.LifeDomain;
import org.stiel.platform.RuleViolation;
import org.stiel.referrals.internal.ReferralStateMachine;

/**
 * A referral and its steps. Every change of status goes through {@link ReferralStateMachine}; the {@link Family} and
 * the names in its {@link Consent} are the only personal data and {@link #pseudonymise} removes all of them at once.
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

    @Embedded.Empty
    private Family family;

    /** The NIS code of the family's municipality (one of the network's), or {@code null}; kept when pseudonymised. */
    private String municipalityNis;

    private LifeDomain lifeDomain;
    private Urgency urgency;

    @Embedded.Empty(prefix = "consent_")
    private Consent consent;

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

    static Referral draft(
            UUID network,
            UUID sender,
            UUID createdBy,
            String actorName,
            ReferralForm form,
            String municipalityNis,
            Instant now) {
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.networkId = network;
        referral.senderPartnerId = sender;
        referral.recipientPartnerId = form.getRecipientPartnerId();
        referral.offerId = form.getOfferId();
        referral.status = ReferralStatus.DRAFT;
        referral.createdBy = createdBy;
        referral.family = Family.of(form);
        referral.municipalityNis = municipalityNis;
        referral.lifeDomain = form.getLifeDomain();
        referral.urgency = form.getUrgency();
        referral.consent = Consent.of(form);
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
        family = family.erased();
        consent = consent.erased();
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
        return consent.coversRecipient(recipientPartnerId);
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

    Family family() {
        return family;
    }

    Consent consent() {
        return consent;
    }

    String municipalityNis() {
        return municipalityNis;
    }

    LifeDomain lifeDomain() {
        return lifeDomain;
    }

    Urgency urgency() {
        return urgency;
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
