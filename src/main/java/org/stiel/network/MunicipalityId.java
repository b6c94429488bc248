package org.stiel.network;

import java.util.Objects;
import java.util.UUID;

/** Identifies one municipality of a network's area. */
public record MunicipalityId(UUID value) {

    public MunicipalityId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
