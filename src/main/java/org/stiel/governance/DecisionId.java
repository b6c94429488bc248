package org.stiel.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one decision of a network's governance. */
public record DecisionId(@JsonValue UUID value) {

    public DecisionId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
