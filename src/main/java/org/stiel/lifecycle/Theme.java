package org.stiel.lifecycle;

import java.util.Arrays;
import java.util.List;

/** A theme within a phase; every question belongs to one. A network's own questions pick one of these too. */
public enum Theme {
    INITIATIVE(Phase.STARTUP),
    WARMING_UP(Phase.STARTUP),
    COMPOSITION(Phase.STARTUP),
    LOCAL_CONTEXT(Phase.EXPLORATION),
    ACQUAINTANCE(Phase.EXPLORATION),
    GOALS(Phase.DESIGN),
    ACTIONS(Phase.DESIGN),
    ORGANISATION(Phase.DESIGN),
    COOPERATION(Phase.EXECUTION),
    VISIBILITY(Phase.EXECUTION),
    LEARNING(Phase.EXECUTION),
    RIGHT_THINGS(Phase.EVALUATION),
    THINGS_RIGHT(Phase.EVALUATION),
    RENEWAL(Phase.EVALUATION);

    private final Phase phase;

    Theme(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }

    public static List<Theme> of(Phase phase) {
        return Arrays.stream(values()).filter(t -> t.phase == phase).toList();
    }
}
