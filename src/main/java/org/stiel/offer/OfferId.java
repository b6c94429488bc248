package org.stiel.offer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one offer; also its HSDS 3.0 service id. */
public record OfferId(@JsonValue UUID value) {

    public OfferId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
