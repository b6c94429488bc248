package org.stiel.referrals;

/** What came of a referral, told back to the sender. Message keys: {@code outcome.NAME}. */
public enum Outcome {
    GOT_HELP,
    COULD_NOT_GET_HELP,
    FAMILY_DECLINED,
    REFERRED_ELSEWHERE,
    NO_LONGER_NEEDED
}
