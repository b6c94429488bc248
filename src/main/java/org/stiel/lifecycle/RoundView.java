package org.stiel.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment round as pages and other modules see it.
 *
 * @param closedAt when it closed, by hand or by the closing job; {@code null} while open
 */
public record RoundView(
        RoundId id, String title, LocalDate openedOn, LocalDate closesOn, Instant closedAt, long version) {

    public boolean open() {
        return closedAt == null;
    }
}
