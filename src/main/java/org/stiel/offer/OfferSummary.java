package org.stiel.offer;

import java.time.LocalDate;
import org.stiel.partners.PartnerId;

/** A line of the offer list. */
public record OfferSummary(
        OfferId id,
        String name,
        PartnerId partnerId,
        String partnerName,
        OfferKind kind,
        OfferStatus status,
        Pillar pillar,
        boolean published,
        LocalDate lastVerified,
        boolean stale) {}
