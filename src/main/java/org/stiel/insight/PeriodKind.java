package org.stiel.insight;

/** What a figure's period is: a whole year (stored as 1 January of it) or one date (a count on that day). */
public enum PeriodKind {
    YEAR,
    DATE
}
