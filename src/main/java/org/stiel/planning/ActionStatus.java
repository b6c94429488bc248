package org.stiel.planning;

/**
 * Where an action stands. A done action counts as complete (progress 100); a cancelled one no longer counts in its
 * goal's progress. OPEN and DONE are the statuses of the first action list and keep their meaning.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Whether the action still asks for work: neither done nor cancelled. */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
