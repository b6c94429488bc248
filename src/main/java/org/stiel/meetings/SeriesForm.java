package org.stiel.meetings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A series as the coordinator asks for it: what, when (a first date and a recurrence, or a list of dates), how many
 * people, and who is willing to host.
 */
public class SeriesForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @NotNull(message = "{stiel.required}")
    private MeetingKind kind = MeetingKind.NETWORK_MEETING;

    /** The governance body of a working-group series. */
    private UUID bodyId;

    @NotNull(message = "{stiel.required}")
    private Recurrence recurrence = Recurrence.MONTHLY_WEEKDAY;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDate;

    @Min(value = 1, message = "{stiel.number.min}")
    @Max(value = 24, message = "{stiel.number.max}")
    private int count = 6;

    /** For {@link Recurrence#DATES}: ISO dates separated by commas, spaces or new lines. */
    @Size(max = 2000, message = "{stiel.size.max}")
    private String dates;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime = LocalTime.of(9, 30);

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime = LocalTime.of(12, 0);

    @Min(value = 1, message = "{stiel.number.min}")
    @Max(value = 1000, message = "{stiel.number.max}")
    private int expectedAttendees = 15;

    @NotEmpty(message = "{stiel.choose}")
    private List<UUID> partnerIds = new ArrayList<>();

    @AssertTrue(message = "{meetings.endTime.order}")
    public boolean isEndAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    @AssertTrue(message = "{meetings.firstDate.required}")
    public boolean isFirstDateGiven() {
        return recurrence == Recurrence.DATES || firstDate != null;
    }

    @AssertTrue(message = "{meetings.dates.invalid}")
    public boolean isDatesValid() {
        if (recurrence != Recurrence.DATES) {
            return true;
        }
        try {
            var list = dateList();
            return !list.isEmpty() && list.size() <= 24;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @AssertTrue(message = "{meetings.body.required}")
    public boolean isBodyGiven() {
        return kind != MeetingKind.WORKING_GROUP_MEETING || bodyId != null;
    }

    /** The dates of a {@link Recurrence#DATES} series, sorted, without doubles. */
    public List<LocalDate> dateList() {
        if (dates == null || dates.isBlank()) {
            return List.of();
        }
        return Arrays.stream(dates.strip().split("[,;\\s]+"))
                .map(LocalDate::parse)
                .distinct()
                .sorted()
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public String getDates() {
        return dates;
    }

    public void setDates(String dates) {
        this.dates = dates;
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

    public int getExpectedAttendees() {
        return expectedAttendees;
    }

    public void setExpectedAttendees(int expectedAttendees) {
        this.expectedAttendees = expectedAttendees;
    }

    public List<UUID> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<UUID> partnerIds) {
        this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds;
    }
}
