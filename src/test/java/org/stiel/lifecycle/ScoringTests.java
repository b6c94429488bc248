package org.stiel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stiel.lifecycle.AnswerStatus.IN_PLACE;
import static org.stiel.lifecycle.AnswerStatus.NOT_APPLICABLE;
import static org.stiel.lifecycle.AnswerStatus.NOT_STARTED;
import static org.stiel.lifecycle.AnswerStatus.UNDER_WAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The figures of a round against a hand calculation. Three questions, answers scored 0 (not started), 1 (under way),
 * 2 (in place); "not applicable" left out:
 *
 * <pre>
 * q1 start-up/initiative   in place, in place, under way, n/a  → 2 of 3 in place; scores 2,2,1: mean 5/3,
 *                           variance (1/9 + 1/9 + 4/9)/3 = 2/9, disagreement √(2/9) = 0.4714
 * q2 start-up/composition  not started, in place             → 1 of 2; scores 0,2: disagreement 1
 * q3 exploration           not started, not started, under way → 0 of 3; scores 0,0,1: disagreement √(2/9)
 * q4 exploration           in place                           → 1 of 1; one answer: no disagreement
 * start-up:    3 in place of 5 applicable = 60 %, disagreement (0.4714 + 1)/2 = 0.7357
 * exploration: 1 of 4 = 25 %, disagreement 0.4714 (q4 has none)
 * overall:     4 of 9 = 44 % (44.4)
 * </pre>
 */
class ScoringTests {

    static final double THIRD = Math.sqrt(2.0 / 9);

    final QuestionView q1 = question(Theme.INITIATIVE);
    final QuestionView q2 = question(Theme.COMPOSITION);
    final QuestionView q3 = question(Theme.LOCAL_CONTEXT);
    final QuestionView q4 = question(Theme.ACQUAINTANCE);

    RoundResult result() {
        List<Scoring.Vote> votes = new ArrayList<>();
        vote(votes, q1, IN_PLACE, IN_PLACE, UNDER_WAY, NOT_APPLICABLE);
        vote(votes, q2, NOT_STARTED, IN_PLACE);
        vote(votes, q3, NOT_STARTED, NOT_STARTED, UNDER_WAY);
        vote(votes, q4, IN_PLACE);
        var round = new RoundView(
                new RoundId(UUID.randomUUID()), "R", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, 0);
        return Scoring.score(round, new Completion(4, 4, 4), List.of(q1, q2, q3, q4), votes);
    }

    @Test
    void progressIsTheShareInPlaceAmongApplicableAnswersPerQuestionThemePhaseAndOverall() {
        var result = result();
        var startup = result.phase(Phase.STARTUP);
        assertThat(startup.tally()).isEqualTo(new Tally(1, 1, 3, 1));
        assertThat(startup.tally().progress()).isCloseTo(0.6, within(1e-9));
        assertThat(startup.tally().percent()).isEqualTo(60);
        assertThat(startup.themes())
                .extracting(t -> t.tally().percent())
                .containsExactly(67, null, 50); // initiative, warming up (no questions), composition
        var exploration = result.phase(Phase.EXPLORATION);
        assertThat(exploration.tally().percent()).isEqualTo(25);
        assertThat(result.phase(Phase.DESIGN).tally().progress()).isNull();
        assertThat(result.phase(Phase.DESIGN).tally().percent()).isNull();
        assertThat(result.overall()).isEqualTo(new Tally(3, 2, 4, 1));
        assertThat(result.overall().percent()).isEqualTo(44);
        assertThat(startup.questions().getFirst().tally().percentOf(UNDER_WAY)).isEqualTo(33);
    }

    @Test
    void disagreementIsTheStandardDeviationOnTheZeroToTwoScaleAveragedPerPhase() {
        var result = result();
        var startup = result.phase(Phase.STARTUP);
        assertThat(startup.questions().get(0).disagreement()).isCloseTo(THIRD, within(1e-9));
        assertThat(startup.questions().get(1).disagreement()).isCloseTo(1.0, within(1e-9));
        assertThat(startup.disagreement()).isCloseTo((THIRD + 1) / 2, within(1e-9));
        assertThat(startup.questions().get(1).disagreeing()).isTrue();
        assertThat(startup.questions().get(0).disagreeing()).isFalse();
        var exploration = result.phase(Phase.EXPLORATION);
        assertThat(exploration.questions().get(1).disagreement()).isNull();
        assertThat(exploration.disagreement()).isCloseTo(THIRD, within(1e-9));
        assertThat(result.phase(Phase.DESIGN).disagreement()).isNull();
        assertThat(Scoring.disagreement(List.of(UNDER_WAY, IN_PLACE))).isCloseTo(0.5, within(1e-9));
        assertThat(Scoring.disagreement(List.of(IN_PLACE, NOT_APPLICABLE))).isNull();
    }

    @Test
    void openQuestionsComeByTheirShareOfNotStartedFirst() {
        // q3: 2 of 3 not started, q2: 1 of 2; q1 and q4 have none
        assertThat(result().openQuestions())
                .extracting(RoundResult.QuestionScore::question)
                .containsExactly(q3, q2);
    }

    private static void vote(List<Scoring.Vote> votes, QuestionView q, AnswerStatus... statuses) {
        for (AnswerStatus s : statuses) {
            votes.add(new Scoring.Vote(q.id().value(), s));
        }
    }

    private static QuestionView question(Theme theme) {
        return new QuestionView(
                new QuestionId(UUID.randomUUID()), theme.phase(), theme, Optional.empty(), "Q " + theme, "", false);
    }
}
