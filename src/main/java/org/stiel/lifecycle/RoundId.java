package org.stiel.lifecycle;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one assessment round of the lifecycle self-assessment. */
public record RoundId(@JsonValue UUID value) {

    public RoundId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
