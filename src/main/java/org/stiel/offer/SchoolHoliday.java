package org.stiel.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A school holiday of a network (both dates included); offers flagged closed in school holidays skip these days.
 * Mutable for the coordinator's form.
 */
public class SchoolHoliday {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 100, message = "{stiel.size.max}")
    private String name;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    public SchoolHoliday() {}

    public SchoolHoliday(String name, LocalDate fromDate, LocalDate toDate) {
        this.name = name;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    public boolean isBlank() {
        return (name == null || name.isBlank()) && fromDate == null && toDate == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
