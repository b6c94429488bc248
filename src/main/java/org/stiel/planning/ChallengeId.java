package org.stiel.planning;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one challenge of a network's plan. */
public record ChallengeId(@JsonValue UUID value) {

    public ChallengeId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
