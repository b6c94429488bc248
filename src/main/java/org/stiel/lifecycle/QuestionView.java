package org.stiel.lifecycle;

import java.util.Optional;

/**
 * A crucial question in the reader's language.
 *
 * @param key the stable key of a standard question; empty for a network's own
 * @param hint what a good answer looks like; may be empty for a network's own question
 */
public record QuestionView(
        QuestionId id, Phase phase, Theme theme, Optional<String> key, String text, String hint, boolean retired) {

    /** Whether the network added this question itself (and may change or retire it). */
    public boolean own() {
        return key.isEmpty();
    }
}
