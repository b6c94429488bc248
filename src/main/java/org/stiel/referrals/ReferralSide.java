package org.stiel.referrals;

/** On which end of a referral a person works: the sending or the receiving partner. */
public enum ReferralSide {
    SENDER,
    RECIPIENT
}
