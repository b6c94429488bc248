package org.stiel.offer;

import java.util.UUID;

/**
 * Filters of the network's offer list for logged-in users; every field is optional. (The families' search is a
 * different query.)
 *
 * @param stale only offers not confirmed as correct for {@link Offers#STALE_AFTER}
 */
public record OfferFilter(UUID partner, OfferKind kind, OfferStatus status, boolean stale) {

    public static OfferFilter all() {
        return new OfferFilter(null, null, null, false);
    }
}
