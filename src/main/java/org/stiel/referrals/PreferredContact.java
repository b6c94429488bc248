package org.stiel.referrals;

/** How the family wants to be reached. Message keys: {@code preferredContact.NAME}. */
public enum PreferredContact {
    PHONE,
    EMAIL,
    THROUGH_REFERRER
}
