package org.stiel.offer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Days an offer does not take place, both dates included (a holiday closure, a bridge day).
 *
 * <p>A mutable class: a row of {@link OfferForm}, which stays a bean (the page adds rows), so Spring grows its list by
 * index and needs a row it can create empty and fill in.
 */
public class ClosureForm {

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    @Size(max = 200, message = "{stiel.size.max}")
    private String reason;

    public boolean isBlank() {
        return fromDate == null && toDate == null && (reason == null || reason.isBlank());
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
