package org.stiel.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one agreement of a network's governance. */
public record AgreementId(@JsonValue UUID value) {

    public AgreementId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
