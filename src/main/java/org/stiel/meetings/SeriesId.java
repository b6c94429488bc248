package org.stiel.meetings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one series of meetings (e.g. the monthly network meeting). */
public record SeriesId(@JsonValue UUID value) {

    public SeriesId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
