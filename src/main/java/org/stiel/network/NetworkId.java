package org.stiel.network;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one network (one Huis van het Kind), the unit of tenancy. */
public record NetworkId(@JsonValue UUID value) implements Serializable {

    public NetworkId {
        Objects.requireNonNull(value);
    }

    public static NetworkId of(String value) {
        return new NetworkId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
