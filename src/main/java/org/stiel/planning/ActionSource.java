package org.stiel.planning;

import java.util.Objects;

/**
 * Where an action came from, for the module that made it: a type that module owns (e.g. {@code lifecycle-question})
 * and its own reference (e.g. the question's id). Planning stores it and never interprets it.
 */
public record ActionSource(String type, String ref) {

    public ActionSource {
        Objects.requireNonNull(type);
        Objects.requireNonNull(ref);
    }
}
