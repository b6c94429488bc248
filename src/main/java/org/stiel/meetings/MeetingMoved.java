package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A meeting moved to another day or hour.
 *
 * @param occurredAt when it was changed, to the microsecond (see {@link MeetingPlanned})
 */
public record MeetingMoved(
        NetworkId network, MeetingId meeting, String title, LocalDate day, LocalTime startTime, Instant occurredAt) {

    public MeetingMoved {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
