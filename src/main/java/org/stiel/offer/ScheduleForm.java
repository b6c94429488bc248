package org.stiel.offer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One schedule row of an offer, in RFC 5545 terms as HSDS 3.0 {@code schedule}: a single date (no {@code freq}) or a
 * recurrence from {@code dtstart}. Opening hours are WEEKLY rows with {@code byday} and opening and closing times.
 * Times are local times in Belgium.
 *
 * <p>A mutable class: a row of {@link OfferForm}, which the page grows row by row and binds by index.
 */
public class ScheduleForm {

    /** The HSDS schedule id; kept across edits, new rows get one when saved. */
    private UUID id;

    @Size(max = 300, message = "{stiel.size.max}")
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    /** The date of a single occurrence, or the first of a recurrence. */
    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dtstart;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime opensAt;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime closesAt;

    private Frequency freq;

    @Min(value = 1, message = "{stiel.number.min}")
    @Max(value = 52, message = "{stiel.number.max}")
    private Integer interval;

    /** RFC 5545 BYDAY, e.g. {@code MO,WE} or, monthly, {@code 1SA} (the first Saturday) or {@code -1FR}. */
    @Size(max = 100, message = "{stiel.size.max}")
    @Pattern(
            regexp = "((-?[1-5])?(MO|TU|WE|TH|FR|SA|SU))(,(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*",
            message = "{offer.schedule.byday.pattern}")
    private String byday;

    /**
     * The page's day pickers: weekday codes ({@code MO} … {@code SU}) ticked, and for a monthly rule the week of the
     * month they fall in ({@code 1} the first … {@code -1} the last; none: every week). People choose days, they do
     * not type RFC 5545; {@link #byday} is composed from these two, and a rule read back is split into them.
     */
    private List<String> days = new ArrayList<>();

    @Min(value = -1, message = "{stiel.number.min}")
    @Max(value = 5, message = "{stiel.number.max}")
    private Integer weekOfMonth;

    @Min(value = -31, message = "{stiel.number.min}")
    @Max(value = 31, message = "{stiel.number.max}")
    private Integer bymonthday;

    @Min(value = 1, message = "{stiel.number.min}")
    @Max(value = 1000, message = "{stiel.number.max}")
    private Integer count;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;

    @Size(max = 500, message = "{stiel.size.max}")
    private String notes;

    public boolean isBlank() {
        return id == null
                && isEmpty(description)
                && validFrom == null
                && validTo == null
                && dtstart == null
                && opensAt == null
                && closesAt == null
                && freq == null
                && interval == null
                && isEmpty(byday)
                && bymonthday == null
                && count == null
                && until == null
                && isEmpty(notes);
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public LocalDate getDtstart() {
        return dtstart;
    }

    public void setDtstart(LocalDate dtstart) {
        this.dtstart = dtstart;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalTime closesAt) {
        this.closesAt = closesAt;
    }

    public Frequency getFreq() {
        return freq;
    }

    public void setFreq(Frequency freq) {
        this.freq = freq;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public String getByday() {
        return byday;
    }

    public void setByday(String byday) {
        // "mo, we" as typed (the API, an import) is the same rule as "MO,WE"
        this.byday = byday == null || byday.isBlank()
                ? null
                : byday.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        splitByday();
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
        composeByday();
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public void setWeekOfMonth(Integer weekOfMonth) {
        this.weekOfMonth = weekOfMonth;
        composeByday();
    }

    /** {@code MO,WE} from Monday and Wednesday; {@code 1SA} from Saturday in the first week. */
    private void composeByday() {
        var codes = new ArrayList<String>();
        for (String day : days) {
            if (day != null && !day.isBlank()) {
                codes.add((weekOfMonth == null || weekOfMonth == 0 ? "" : weekOfMonth.toString())
                        + day.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        this.byday = codes.isEmpty() ? null : String.join(",", codes);
    }

    /**
     * The pickers for a rule read back. A rule they cannot show (days in different weeks, {@code 1MO,-1FR}) leaves
     * them empty and the rule as it is, so saving does not change it.
     */
    private void splitByday() {
        this.days = new ArrayList<>();
        this.weekOfMonth = null;
        if (byday == null || !byday.matches("((-?[1-5])?[A-Z]{2})(,(-?[1-5])?[A-Z]{2})*")) {
            return;
        }
        String week = null;
        var split = new ArrayList<String>();
        for (String code : byday.split(",")) {
            String prefix = code.substring(0, code.length() - 2);
            if (week != null && !week.equals(prefix)) {
                return;
            }
            week = prefix;
            split.add(code.substring(code.length() - 2));
        }
        this.days = split;
        this.weekOfMonth = week == null || week.isEmpty() ? null : Integer.valueOf(week);
    }

    public Integer getBymonthday() {
        return bymonthday;
    }

    public void setBymonthday(Integer bymonthday) {
        this.bymonthday = bymonthday;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
