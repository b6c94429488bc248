package org.stiel.meetings;

/** How the dates of a series are given. */
public enum Recurrence {
    /** Every month on the same weekday as the first date, e.g. the second Tuesday (the last one for a fifth). */
    MONTHLY_WEEKDAY,
    /** Every month on the same day of the month as the first date. */
    MONTHLY_DAY,
    /** A list of dates. */
    DATES
}
