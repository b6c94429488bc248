package org.stiel.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person with an account. */
public record UserId(@JsonValue UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
