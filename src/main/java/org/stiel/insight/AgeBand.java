package org.stiel.insight;

/**
 * The age bands in which the context counts children and the gap analysis holds supply against need: 0–2, 3–5,
 * 6–11 and 12–17 years. Message keys: {@code ageBand.NAME}.
 */
public enum AgeBand {
    TODDLERS(0, 2),
    PRESCHOOL(3, 5),
    PRIMARY(6, 11),
    TEENS(12, 17);

    private final int fromYears;
    private final int toYears;

    AgeBand(int fromYears, int toYears) {
        this.fromYears = fromYears;
        this.toYears = toYears;
    }

    public int fromYears() {
        return fromYears;
    }

    /** The last year of age in the band, included. */
    public int toYears() {
        return toYears;
    }

    /** The first month of age in the band. */
    public int fromMonths() {
        return fromYears * 12;
    }

    /** The last month of age in the band, included. */
    public int toMonths() {
        return toYears * 12 + 11;
    }
}
