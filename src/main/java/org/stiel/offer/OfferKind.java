package org.stiel.offer;

/** Ongoing (consultation hours, a playgroup) or dated (an info evening, a camp). Message keys: {@code offerKind.NAME}. */
public enum OfferKind {
    SERVICE,
    ACTIVITY
}
