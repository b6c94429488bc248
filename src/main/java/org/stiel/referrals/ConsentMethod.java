package org.stiel.referrals;

/** How the family gave its consent. Message keys: {@code consentMethod.NAME}. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    DIGITAL
}
