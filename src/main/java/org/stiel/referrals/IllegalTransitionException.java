package org.stiel.referrals;

/** The referral's lifecycle does not allow this step now (answered with 409 Conflict). */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(ReferralStatus from, ReferralAction action) {
        super("No " + action + " from " + from);
    }
}
