package org.stiel.offer;

import java.time.ZonedDateTime;

/** One time an offer takes place, in Belgian local time. */
public record OfferOccurrence(ZonedDateTime startsAt, ZonedDateTime endsAt, boolean allDay) {}
