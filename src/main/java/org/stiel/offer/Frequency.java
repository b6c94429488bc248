package org.stiel.offer;

/** RFC 5545 FREQ values a schedule may use; a schedule without one is a single date. */
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
}
