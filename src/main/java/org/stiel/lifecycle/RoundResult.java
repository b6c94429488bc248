package org.stiel.lifecycle;

import java.util.List;

/**
 * The figures of a round: per phase, theme and question the spread of answers, the progress (share of "in place"
 * among applicable answers) and the disagreement. Only handed-in answer sets count. See ADR 0009 for the formulas.
 *
 * @param openQuestions questions that answerers mark "not started", most often first (at most ten)
 */
public record RoundResult(
        RoundView round,
        Completion completion,
        Tally overall,
        List<PhaseScore> phases,
        List<QuestionScore> openQuestions) {

    /**
     * The disagreement from which a question is flagged: answers spread over "not started" and "in place" rather
     * than two neighbouring statuses (two answers one step apart score 0.5).
     */
    public static final double DISAGREEMENT_FLAG = 0.6;

    public PhaseScore phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    /**
     * @param disagreement the mean disagreement of the phase's questions with at least two applicable answers;
     *     {@code null} when none has
     */
    public record PhaseScore(
            Phase phase, Tally tally, Double disagreement, List<ThemeScore> themes, List<QuestionScore> questions) {}

    public record ThemeScore(Theme theme, Tally tally, Double disagreement) {}

    /**
     * @param disagreement the standard deviation of the applicable answers scored 0 (not started), 1 (under way) and
     *     2 (in place): 0 when all agree, 1 at most (half "not started", half "in place"); {@code null} with fewer
     *     than two applicable answers
     */
    public record QuestionScore(QuestionView question, Tally tally, Double disagreement) {

        public boolean disagreeing() {
            return disagreement != null && disagreement >= DISAGREEMENT_FLAG - 1e-9;
        }
    }
}
