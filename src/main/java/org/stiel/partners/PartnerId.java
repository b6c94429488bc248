package org.stiel.partners;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one partner organisation, across all networks it belongs to. */
public record PartnerId(@JsonValue UUID value) {

    public PartnerId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
