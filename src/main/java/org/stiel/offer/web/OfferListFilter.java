package org.stiel.offer.web;

import java.util.UUID;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;

/**
 * The filters of the offer list as query parameters, shared by the page and the API. Every parameter is optional;
 * an empty one (the "any" choice of a select) means no filter.
 */
record OfferListFilter(UUID partner, OfferKind kind, OfferStatus status, Boolean stale) {

    OfferFilter toFilter() {
        return new OfferFilter(partner, kind, status, Boolean.TRUE.equals(stale));
    }

    public boolean isEmpty() {
        return partner == null && kind == null && status == null && !Boolean.TRUE.equals(stale);
    }
}
