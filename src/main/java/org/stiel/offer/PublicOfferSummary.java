package org.stiel.offer;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A line of the families' result list: only what is published about an offer.
 *
 * @param summary the start of the description
 * @param cities the municipalities of its places, in alphabetical order
 * @param nextStart when it next takes place (today or later), or null when it has no coming occurrence
 */
public record PublicOfferSummary(
        OfferId id,
        String name,
        OfferKind kind,
        String partnerName,
        String summary,
        OfferCost cost,
        BigDecimal price,
        boolean reducedTariff,
        Integer ageMinMonths,
        Integer ageMaxMonths,
        boolean online,
        OfferStatus status,
        List<String> cities,
        ZonedDateTime nextStart,
        ZonedDateTime nextEnd,
        boolean nextAllDay) {}
