package org.stiel.offer;

/** Whether an offer takes place; only active offers have occurrences. Message keys: {@code offerStatus.NAME}. */
public enum OfferStatus {
    ACTIVE,
    TEMPORARILY_CLOSED,
    ENDED
}
