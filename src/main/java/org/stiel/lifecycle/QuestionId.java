package org.stiel.lifecycle;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one question of the lifecycle self-assessment. */
public record QuestionId(@JsonValue UUID value) {

    public QuestionId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
