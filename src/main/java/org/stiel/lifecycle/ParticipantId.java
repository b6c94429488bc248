package org.stiel.lifecycle;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one participant of the lifecycle self-assessment. */
public record ParticipantId(@JsonValue UUID value) {

    public ParticipantId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
