package org.stiel.meetings;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stiel.partners.PartnerId;

/**
 * A series of meetings: while not confirmed, its proposal; once confirmed, its meetings exist.
 *
 * @param bodyId the governance body of a working-group series
 * @param willing the partners willing to host
 */
public record SeriesView(
        SeriesId id,
        String name,
        MeetingKind kind,
        Optional<UUID> bodyId,
        LocalTime startTime,
        LocalTime endTime,
        int expectedAttendees,
        boolean confirmed,
        List<PartnerId> willing,
        List<SlotView> slots,
        long version) {}
