package org.stiel.planning;

/** Where an action stands. Later statuses (e.g. under way, dropped) are added here, not as flags. */
public enum ActionStatus {
    OPEN,
    DONE
}
