package org.stiel.lifecycle;

import java.util.List;

/**
 * What moved between two rounds: progress per phase, and the questions both rounds asked whose progress changed.
 * Percentages are {@code null} where a round had no applicable answer.
 */
public record Comparison(RoundResult from, RoundResult to, List<PhaseChange> phases, List<QuestionChange> moved) {

    public record PhaseChange(Phase phase, Integer fromPercent, Integer toPercent) {

        /** Percentage points gained (negative: lost); {@code null} when either side has no figure. */
        public Integer delta() {
            return fromPercent == null || toPercent == null ? null : toPercent - fromPercent;
        }
    }

    public record QuestionChange(QuestionView question, int fromPercent, int toPercent) {

        public int delta() {
            return toPercent - fromPercent;
        }
    }

    public List<QuestionChange> moved(Phase phase) {
        return moved.stream().filter(m -> m.question().phase() == phase).toList();
    }
}
