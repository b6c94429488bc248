package org.stiel.meetings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one meeting of a network. */
public record MeetingId(@JsonValue UUID value) {

    public MeetingId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
