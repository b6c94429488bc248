package org.stiel.insight;

import java.time.LocalDate;

/**
 * A figure's period: a year (its date is 1 January) or a date.
 *
 * @param date 1 January of the year for a {@link PeriodKind#YEAR}, the day itself for a {@link PeriodKind#DATE}
 */
public record Period(PeriodKind kind, LocalDate date) {

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The year, or the date in ISO form, as column headers and exports show it ({@code 2024}, {@code 2024-06-30}). */
    public String label() {
        return kind == PeriodKind.YEAR ? Integer.toString(date.getYear()) : date.toString();
    }
}
