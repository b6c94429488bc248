package org.stiel.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Stiel's one time zone, and "today" and "now" read from the {@link Clock} bean. Stiel's networks are in Flanders:
 * dates such as "2 working days", "today" and a meeting's start are Belgian dates and times whatever zone the server
 * runs in. Every module takes the zone from here and the time from the injected {@code Clock} (never
 * {@code Instant.now()}), so a test that hands out a fixed or moved clock sees one consistent time everywhere.
 */
public final class StielTime {

    /** The zone's id, for places that need a constant string ({@code @Scheduled(zone = ...)}, SQL parameters). */
    public static final String ZONE_ID = "Europe/Brussels";

    /** The zone every date and time shown, mailed, printed or scheduled is in. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private StielTime() {}

    /** Today's date in Brussels by the given clock, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /**
     * The clock's instant at the database's precision (microseconds), so a value written and read back compares equal
     * to the one kept in memory.
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
