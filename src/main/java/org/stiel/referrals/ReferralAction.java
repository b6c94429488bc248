package org.stiel.referrals;

/** What someone does to a referral. Message keys: {@code referralAction.NAME}. */
public enum ReferralAction {
    SEND,
    OPEN,
    ACCEPT,
    DECLINE,
    START_CONTACT,
    CLOSE,
    CANCEL,
    WITHDRAW_CONSENT
}
