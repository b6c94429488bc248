package org.stiel.planning;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one action on a network's action list. */
public record ActionId(@JsonValue UUID value) {

    public ActionId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
