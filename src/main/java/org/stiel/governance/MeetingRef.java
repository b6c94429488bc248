package org.stiel.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting as the meetings module describes it. Governance keeps these three facts with a decision and links to
 * {@code /meetings/{id}}, without depending on the meetings module.
 */
public record MeetingRef(UUID id, String title, LocalDate date) {

    public MeetingRef {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
    }
}
