package org.stiel.referrals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step on a referral with what it needs: a decline carries a reason, a close an outcome; the optional note goes
 * back to the sender and is erased with the family's other details.
 */
public record ReferralAnswer(
        @NotNull(message = "{stiel.required}") ReferralAction action,
        DeclineReason declineReason,
        Outcome outcome,
        @Size(max = 500, message = "{stiel.size.max}") String note) {

    public static ReferralAnswer of(ReferralAction action) {
        return new ReferralAnswer(action, null, null, null);
    }
}
