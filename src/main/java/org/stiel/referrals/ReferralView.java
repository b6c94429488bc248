package org.stiel.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.stiel.network.LifeDomain;
import org.stiel.offer.OfferId;

/**
 * One referral as staff of the sending or receiving partner see it. {@code family} and {@code consent} are
 * {@code null} once consent is withdrawn or the details are erased: then nobody sees them.
 *
 * @param side the end the reader works on
 * @param municipalityNis the NIS code of the family's municipality, {@code null} when not given
 * @param municipalityName its name, {@code null} when not given or no longer one of the network's
 * @param serviceId the recipient's service the referral is for, {@code null} for the partner as a whole
 * @param allowed the steps the reader may take now
 */
public record ReferralView(
        ReferralId id,
        ReferralSide side,
        ReferralStatus status,
        String senderName,
        String recipientName,
        OfferId serviceId,
        String serviceName,
        String municipalityNis,
        String municipalityName,
        LifeDomain lifeDomain,
        Urgency urgency,
        Family family,
        Consent consent,
        DeclineReason declineReason,
        Outcome outcome,
        String outcomeNote,
        String assigneeName,
        Instant createdAt,
        Instant sentAt,
        Instant openedAt,
        Instant answeredAt,
        Instant finishedAt,
        Instant withdrawnAt,
        Instant erasedAt,
        String pseudonym,
        List<Step> steps,
        List<ReferralAction> allowed) {

    /** The family: a contact person, how and when to reach them, the children's ages and the need. */
    public record Family(
            String contactName,
            String contactPhone,
            String contactEmail,
            PreferredContact preferredContact,
            String language,
            String contactTimes,
            String childrenAges,
            String need) {}

    /** The consent record: who gave it, when, how, for what, and which version of the text they saw. */
    public record Consent(
            String givenBy, LocalDate givenOn, ConsentMethod method, String purpose, Integer textVersion) {}

    /** One step, with the staff member who took it. */
    public record Step(ReferralAction action, ReferralStatus status, String actorName, Instant at) {}

    public boolean detailsHidden() {
        return family == null;
    }

    /** Whether the reader may take the step now; by name, for templates. */
    public boolean can(String action) {
        return allowed.stream().anyMatch(a -> a.name().equals(action));
    }
}
