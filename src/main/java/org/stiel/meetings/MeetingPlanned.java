package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A meeting was planned, on its own or as one of a confirmed series.
 *
 * @param series the series it belongs to, or {@code null}; a series' meetings come with one {@link SeriesConfirmed}
 * @param occurredAt when it was planned, to the microsecond PostgreSQL keeps: listeners run later and must not date it
 *     by their own clock
 */
public record MeetingPlanned(
        NetworkId network, MeetingId meeting, SeriesId series, String title, LocalDate day, Instant occurredAt) {

    public MeetingPlanned {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
