package org.stiel.meetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.stiel.network.NetworkId;

/**
 * A coordinator confirmed a series of meetings with its hosts: its meetings are planned now.
 *
 * @param meetings the meetings planned, in date order
 * @param occurredAt when it was confirmed, to the microsecond (see {@link MeetingPlanned})
 */
public record SeriesConfirmed(
        NetworkId network, SeriesId series, String name, List<MeetingId> meetings, Instant occurredAt) {

    public SeriesConfirmed {
        meetings = List.copyOf(meetings);
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
