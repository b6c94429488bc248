package org.stiel.referrals;

import java.util.EnumSet;
import java.util.Set;

/** Why a recipient declines a referral. Message keys: {@code declineReason.NAME}. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    OTHER_OFFER_FITS_BETTER,
    FAMILY_NOT_REACHABLE,
    OTHER,
    /** Nothing the recipient offers fits the family's need: a gap in the offer, not in its capacity. */
    NO_FITTING_OFFER,
    /** The recipient has a waiting list: the family cannot start now (and is told where it stands). */
    WAITING_LIST;

    /** The reasons that show unmet need: the family needed an offer that was not there (in time). */
    public static Set<DeclineReason> lackOfOffer() {
        return EnumSet.of(NO_CAPACITY, NO_FITTING_OFFER, WAITING_LIST);
    }
}
