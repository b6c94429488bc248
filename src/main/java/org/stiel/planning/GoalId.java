package org.stiel.planning;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one goal of a network's plan. */
public record GoalId(@JsonValue UUID value) {

    public GoalId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
