package org.stiel.offer;

/**
 * Proportional universalism: an offer for every family, or extra for families who need more. Message keys:
 * {@code offerReach.NAME}.
 */
public enum OfferReach {
    UNIVERSAL,
    EXTRA
}
