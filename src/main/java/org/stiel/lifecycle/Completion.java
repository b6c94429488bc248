package org.stiel.lifecycle;

/** How many of a round's participants started and handed in their answers. */
public record Completion(int invited, int started, int submitted) {

    /** The share of participants who submitted, 0–100, rounded down. */
    public int percent() {
        return invited == 0 ? 0 : submitted * 100 / invited;
    }
}
