package org.stiel.meetings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A single meeting as the coordinator plans it (or a chair changes its agenda).
 *
 * <p>A mutable class: a change keeps the kind and body, which the controller sets after binding.
 */
public class MeetingForm {

    /** The validation group of a new meeting: only then are kind and body chosen; a change keeps them. */
    public interface New {}

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String title;

    @NotNull(message = "{stiel.required}")
    private MeetingKind kind = MeetingKind.NETWORK_MEETING;

    private UUID bodyId;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime = LocalTime.of(9, 30);

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime = LocalTime.of(12, 0);

    /** {@code <partner id>|<venue key>} or empty for no venue yet; see {@link #venue(UUID, String)}. */
    @Pattern(regexp = "^$|^[0-9a-fA-F-]{36}\\|.{1,300}$", message = "{meetings.invalidChoice}")
    private String venue;

    /** One agenda item per line. */
    @Size(max = 4000, message = "{stiel.size.max}")
    private String agenda;

    @AssertTrue(message = "{meetings.endTime.order}")
    public boolean isEndAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    @AssertTrue(groups = New.class, message = "{meetings.body.required}")
    public boolean isBodyGiven() {
        return kind != MeetingKind.WORKING_GROUP_MEETING || bodyId != null;
    }

    /** The value of {@link #getVenue()} for a partner's location. */
    public static String venue(UUID partner, String key) {
        return partner + "|" + key;
    }

    Optional<UUID> hostPartner() {
        return venue == null || venue.isBlank()
                ? Optional.empty()
                : Optional.of(UUID.fromString(venue.substring(0, 36)));
    }

    Optional<String> venueKey() {
        return venue == null || venue.isBlank() ? Optional.empty() : Optional.of(venue.substring(37));
    }

    List<String> agendaItems() {
        return agendaLines(agenda);
    }

    static List<String> agendaLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public void setBodyId(UUID bodyId) {
        this.bodyId = bodyId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
