package org.stiel.network;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one municipality of a network's area. */
public record MunicipalityId(@JsonValue UUID value) {

    public MunicipalityId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
