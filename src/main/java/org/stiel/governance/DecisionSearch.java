package org.stiel.governance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to look for in the decision log: words (Dutch full text over what and why), a body, a date range. Every part
 * is optional.
 */
public record DecisionSearch(
        Optional<String> text, Optional<BodyId> body, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static DecisionSearch all() {
        return new DecisionSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static DecisionSearch of(String text, java.util.UUID body, LocalDate from, LocalDate to) {
        return new DecisionSearch(
                Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()),
                Optional.ofNullable(body).map(BodyId::new),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
    }
}
