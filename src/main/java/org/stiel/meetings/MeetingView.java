package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/**
 * A meeting as its page shows it.
 *
 * @param bodyId the governance body whose meeting this is (working-group meetings)
 * @param venueAddress street, postcode and city of the venue; empty when no venue is set
 * @param agenda the items in order
 * @param attendees the invited members, by name
 */
public record MeetingView(
        MeetingId id,
        Optional<SeriesId> series,
        MeetingKind kind,
        Optional<UUID> bodyId,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Optional<PartnerId> host,
        String hostName,
        String venueName,
        String venueAddress,
        String municipality,
        List<String> agenda,
        List<Attendee> attendees,
        String minutes,
        Optional<Instant> invitationsSentAt,
        long version) {

    /** An invited person and, after the meeting, whether they came. */
    public record Attendee(UserId id, String name, Optional<Attendance> attendance) {}
}
