package org.stiel.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting: when and where, who is invited and came, its agenda and minutes. */
@Table("meeting")
class Meeting {

    @Id
    private UUID id;

    private UUID networkId;
    private UUID seriesId;
    private MeetingKind kind;
    private UUID bodyId;
    private String title;
    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;
    private UUID hostPartnerId;
    private String venueKey;
    private String venueName;
    private String venueAddress;
    private String municipality;
    private String minutes;
    private Instant invitationsSentAt;
    private Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id")
    private Set<Attendee> attendees = new HashSet<>();

    @Table("meeting_agenda_item")
    record AgendaItem(String title) {}

    /** An invited person; {@code attendance} is empty until recorded. */
    @Table("meeting_attendee")
    record Attendee(UUID userId, Attendance attendance) {}

    /** Where a meeting takes place: a partner's location, copied so that the meeting keeps it if the partner moves. */
    record Place(UUID hostPartnerId, String venueKey, String venueName, String venueAddress, String municipality) {

        static final Place NONE = new Place(null, null, null, null, null);
    }

    /** For Spring Data: fields are set one by one. */
    private Meeting() {}

    static Meeting plan(
            UUID network,
            UUID series,
            MeetingKind kind,
            UUID body,
            String title,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            Place place,
            List<UUID> invitees,
            Instant now) {
        var meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.networkId = network;
        meeting.seriesId = series;
        meeting.kind = kind;
        meeting.bodyId = kind == MeetingKind.WORKING_GROUP_MEETING ? body : null;
        meeting.title = title;
        meeting.day = day;
        meeting.startTime = start;
        meeting.endTime = end;
        meeting.place(place);
        invitees.stream().distinct().forEach(u -> meeting.attendees.add(new Attendee(u, null)));
        meeting.createdAt = now;
        return meeting;
    }

    void reschedule(String title, LocalDate day, LocalTime start, LocalTime end, Place place) {
        this.title = title;
        this.day = day;
        this.startTime = start;
        this.endTime = end;
        place(place);
    }

    private void place(Place place) {
        hostPartnerId = place.hostPartnerId();
        venueKey = place.venueKey();
        venueName = place.venueName();
        venueAddress = place.venueAddress();
        municipality = place.municipality();
    }

    void agenda(List<String> items) {
        agenda = new ArrayList<>(items.stream().map(AgendaItem::new).toList());
    }

    void minutes(String text) {
        minutes = text == null || text.isBlank() ? null : text.strip();
    }

    /** Records attendance of invited people; others in the map are ignored (they were not invited). */
    void attendance(Map<UUID, Attendance> recorded) {
        var updated = new HashSet<Attendee>();
        for (var a : attendees) {
            updated.add(recorded.containsKey(a.userId()) ? new Attendee(a.userId(), recorded.get(a.userId())) : a);
        }
        attendees = updated;
    }

    /**
     * Brings the invited people in line with who is invited now (members join the network, partners leave a body):
     * new ones are added; people no longer invited are dropped unless their attendance was recorded.
     */
    void invite(Collection<UUID> invitees) {
        var now = Set.copyOf(invitees);
        var updated = new HashSet<Attendee>();
        for (var a : attendees) {
            if (now.contains(a.userId()) || a.attendance() != null) {
                updated.add(a);
            }
        }
        var known = updated.stream().map(Attendee::userId).collect(Collectors.toSet());
        now.stream().filter(u -> !known.contains(u)).forEach(u -> updated.add(new Attendee(u, null)));
        attendees = updated;
    }

    void invitationsSent(Instant now) {
        invitationsSentAt = now;
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    UUID seriesId() {
        return seriesId;
    }

    MeetingKind kind() {
        return kind;
    }

    UUID bodyId() {
        return bodyId;
    }

    String title() {
        return title;
    }

    LocalDate day() {
        return day;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    UUID hostPartnerId() {
        return hostPartnerId;
    }

    String venueKey() {
        return venueKey;
    }

    String venueName() {
        return venueName;
    }

    String venueAddress() {
        return venueAddress;
    }

    String municipality() {
        return municipality;
    }

    String minutes() {
        return minutes;
    }

    Instant invitationsSentAt() {
        return invitationsSentAt;
    }

    Long version() {
        return version;
    }

    List<String> agenda() {
        return agenda.stream().map(AgendaItem::title).toList();
    }

    Set<Attendee> attendees() {
        return Set.copyOf(attendees);
    }
}
