package org.stiel.meetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A meeting got its minutes (it had none before); corrections afterwards publish nothing.
 *
 * @param occurredAt when they were written down, to the microsecond (see {@link MeetingPlanned})
 */
public record MinutesRecorded(NetworkId network, MeetingId meeting, String title, Instant occurredAt) {

    public MinutesRecorded {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
