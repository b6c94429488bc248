package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.stiel.network.NetworkId;

/** What a meeting's change means to others, compared with how it stood before; built where it is saved. */
final class MeetingEvents {

    private MeetingEvents() {}

    static MeetingPlanned planned(Meeting meeting, Instant now) {
        return new MeetingPlanned(
                new NetworkId(meeting.networkId()),
                new MeetingId(meeting.id()),
                meeting.seriesId() == null ? null : new SeriesId(meeting.seriesId()),
                meeting.title(),
                meeting.day(),
                now);
    }

    /** Moved when its day or start changed; a new title, place or agenda alone is no move. */
    static Optional<MeetingMoved> moved(LocalDate dayBefore, LocalTime startBefore, Meeting meeting, Instant now) {
        if (Objects.equals(dayBefore, meeting.day()) && Objects.equals(startBefore, meeting.startTime())) {
            return Optional.empty();
        }
        return Optional.of(new MeetingMoved(
                new NetworkId(meeting.networkId()),
                new MeetingId(meeting.id()),
                meeting.title(),
                meeting.day(),
                meeting.startTime(),
                now));
    }

    /** Recorded when there are minutes now and there were none before. */
    static Optional<MinutesRecorded> minutes(String minutesBefore, Meeting meeting, Instant now) {
        if (!blank(minutesBefore) || blank(meeting.minutes())) {
            return Optional.empty();
        }
        return Optional.of(new MinutesRecorded(
                new NetworkId(meeting.networkId()), new MeetingId(meeting.id()), meeting.title(), now));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
