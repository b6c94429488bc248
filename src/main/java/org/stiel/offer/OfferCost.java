package org.stiel.offer;

/** Free, or paid (then with a price, possibly a reduced tariff and cost options). Message keys: {@code offerCost.NAME}. */
public enum OfferCost {
    FREE,
    PAID
}
