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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A series as the coordinator asks for it: what, when (a first date and a recurrence, or a list of dates), how many
 * people, and who is willing to host.
 *
 * @param bodyId the governance body of a working-group series
 * @param dates for {@link Recurrence#DATES}: ISO dates separated by commas, spaces or new lines
 */
public record SeriesForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 200, message = "{stiel.size.max}")
        String name,

        @NotNull(message = "{stiel.required}") MeetingKind kind,
        UUID bodyId,
        @NotNull(message = "{stiel.required}") Recurrence recurrence,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDate,

        @Min(value = 1, message = "{stiel.number.min}") @Max(value = 24, message = "{stiel.number.max}")
        Integer count,

        @Size(max = 2000, message = "{stiel.size.max}") String dates,

        @NotNull(message = "{stiel.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime startTime,

        @NotNull(message = "{stiel.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime endTime,

        @Min(value = 1, message = "{stiel.number.min}") @Max(value = 1000, message = "{stiel.number.max}")
        Integer expectedAttendees,

        @NotEmpty(message = "{stiel.choose}") List<UUID> partnerIds) {

    /** What a value left out means (an API body may leave out all but name, dates and partners). */
    public SeriesForm {
        kind = kind == null ? MeetingKind.NETWORK_MEETING : kind;
        recurrence = recurrence == null ? Recurrence.MONTHLY_WEEKDAY : recurrence;
        count = count == null ? 6 : count;
        startTime = startTime == null ? LocalTime.of(9, 30) : startTime;
        endTime = endTime == null ? LocalTime.of(12, 0) : endTime;
        expectedAttendees = expectedAttendees == null ? 15 : expectedAttendees;
        partnerIds = partnerIds == null ? List.of() : partnerIds;
    }

    /** A network meeting on the second Tuesday of the month, as most are; the page fills in the first date. */
    public static SeriesForm monthly(LocalDate firstDate) {
        return new SeriesForm(null, null, null, null, firstDate, null, null, null, null, null, null);
    }

    /** A series on the given dates (ISO dates separated by commas, spaces or new lines). */
    public static SeriesForm onDates(String name, String dates, int expectedAttendees, List<UUID> partnerIds) {
        return new SeriesForm(
                name, null, null, Recurrence.DATES, null, null, dates, null, null, expectedAttendees, partnerIds);
    }

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
}
