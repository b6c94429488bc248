package org.stiel.referrals;

/** Why a recipient declines a referral. Message keys: {@code declineReason.NAME}. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    OTHER_OFFER_FITS_BETTER,
    FAMILY_NOT_REACHABLE,
    OTHER
}
