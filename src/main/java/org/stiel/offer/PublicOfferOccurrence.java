package org.stiel.offer;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One time a published offer takes place, for the families' calendar and the iCalendar feeds.
 *
 * @param scheduleId with {@code offerId} and {@code startsAt}, identifies the occurrence for good (the feeds' UID)
 * @param place the first place's address on one line, or null (see {@code online})
 */
public record PublicOfferOccurrence(
        OfferId offerId,
        UUID scheduleId,
        String name,
        String partnerName,
        OfferKind kind,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        boolean allDay,
        String place,
        boolean online) {}
