package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.platform.RuleViolation;

/** A series of meetings with, until it is confirmed, its proposed schedule. */
@Table("meeting_series")
class Series {

    @Id
    private UUID id;

    private UUID networkId;
    private String name;
    private MeetingKind kind;
    private UUID bodyId;
    private LocalTime startTime;
    private LocalTime endTime;
    private int expectedAttendees;
    private boolean confirmed;
    private Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "series_id")
    private Set<Willing> partners = new HashSet<>();

    @MappedCollection(idColumn = "series_id", keyColumn = "position")
    private List<Slot> slots = new ArrayList<>();

    @Table("meeting_series_partner")
    record Willing(UUID partnerId) {}

    /** A proposed date; {@code reasons} is the explanation as JSON. */
    @Table("meeting_series_slot")
    record Slot(
            LocalDate day,
            UUID hostPartnerId,
            String venueKey,
            String hostName,
            String venueName,
            String municipality,
            String reasons) {}

    /** For Spring Data: fields are set one by one. */
    private Series() {}

    static Series draft(UUID network, SeriesForm form, Instant now) {
        var series = new Series();
        series.id = UUID.randomUUID();
        series.networkId = network;
        series.name = form.name().strip();
        series.kind = form.kind();
        series.bodyId = form.kind() == MeetingKind.WORKING_GROUP_MEETING ? form.bodyId() : null;
        series.startTime = form.startTime();
        series.endTime = form.endTime();
        series.expectedAttendees = form.expectedAttendees();
        series.createdAt = now;
        form.partnerIds().stream().distinct().forEach(p -> series.partners.add(new Willing(p)));
        return series;
    }

    void schedule(List<Slot> slots) {
        if (confirmed) {
            throw RuleViolation.of("meetings.series.keeps");
        }
        this.slots = new ArrayList<>(slots);
    }

    void confirm() {
        confirmed = true;
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    String name() {
        return name;
    }

    MeetingKind kind() {
        return kind;
    }

    UUID bodyId() {
        return bodyId;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    int expectedAttendees() {
        return expectedAttendees;
    }

    boolean confirmed() {
        return confirmed;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long version() {
        return version;
    }

    List<UUID> partners() {
        return partners.stream().map(Willing::partnerId).sorted().toList();
    }

    List<Slot> slots() {
        return List.copyOf(slots);
    }

    List<LocalDate> dates() {
        return slots.stream().map(Slot::day).toList();
    }
}
