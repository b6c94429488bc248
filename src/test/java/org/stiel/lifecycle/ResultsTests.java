package org.stiel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;

/** Results from handed-in answers, the comparison of two rounds and the timeline, against hand calculations. */
@StielTest
class ResultsTests {

    @Autowired
    Rounds rounds;

    @Autowired
    Results results;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void comparingTwoRoundsShowsWhatMovedPerPhase() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "vergelijk");
        // round 1: A says everything under way, B everything not started → 0 % everywhere
        var first = f.open("Eerste");
        f.answerAll(f.staffA, first, AnswerStatus.UNDER_WAY);
        f.answerAll(f.staffB, first, AnswerStatus.NOT_STARTED);
        rounds.close(f.coordinator, first);
        // round 2: A says in place for start-up, under way elsewhere; B in place for the first start-up question
        // only, not started elsewhere → start-up: A 10 of 10, B 1 of 10 = 11 of 20 = 55 %; other phases 0 %
        var second = f.open("Tweede");
        var asked = rounds.questions(f.network, second);
        answer(
                f.staffA,
                second,
                asked,
                q -> q.phase() == Phase.STARTUP ? AnswerStatus.IN_PLACE : AnswerStatus.UNDER_WAY);
        var firstQuestion = asked.getFirst();
        answer(f.staffB, second, asked, q -> q == firstQuestion ? AnswerStatus.IN_PLACE : AnswerStatus.NOT_STARTED);
        rounds.close(f.coordinator, second);

        var comparison = results.compare(f.steering, first, second);

        int startupQuestions =
                (int) asked.stream().filter(q -> q.phase() == Phase.STARTUP).count();
        assertThat(startupQuestions).isEqualTo(10);
        assertThat(comparison.phases())
                .extracting(
                        Comparison.PhaseChange::phase,
                        Comparison.PhaseChange::fromPercent,
                        Comparison.PhaseChange::toPercent,
                        Comparison.PhaseChange::delta)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Phase.STARTUP, 0, 55, 55),
                        org.assertj.core.groups.Tuple.tuple(Phase.EXPLORATION, 0, 0, 0),
                        org.assertj.core.groups.Tuple.tuple(Phase.DESIGN, 0, 0, 0),
                        org.assertj.core.groups.Tuple.tuple(Phase.EXECUTION, 0, 0, 0),
                        org.assertj.core.groups.Tuple.tuple(Phase.EVALUATION, 0, 0, 0));
        // the first question went from 0 of 2 to 2 of 2, the other start-up questions to 1 of 2; nothing else moved
        assertThat(comparison.moved())
                .hasSize(10)
                .allSatisfy(m -> assertThat(m.question().phase()).isEqualTo(Phase.STARTUP));
        assertThat(comparison.moved().getFirst().question()).isEqualTo(firstQuestion);
        assertThat(comparison.moved().getFirst().delta()).isEqualTo(100);
        assertThat(comparison.moved().get(1).delta()).isEqualTo(50);
        assertThat(comparison.moved(Phase.DESIGN)).isEmpty();

        // newest first, both rounds' figures from one grouped query
        var timeline = results.timeline(f.staffA, Paging.first()).items();
        assertThat(timeline).extracting(t -> t.round().title()).containsExactly("Tweede", "Eerste");
        assertThat(timeline.get(0).phases().getFirst().percent()).isEqualTo(55);
        assertThat(timeline.get(0).overall().percent()).isEqualTo((int) Math.round(100.0 * 11 / (2 * asked.size())));
        assertThat(timeline.get(1).overall().percent()).isZero();
    }

    @Test
    void partnerStaffAndVolunteersSeeResultsOnlyOnceTheRoundHasClosed() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "zicht");
        var round = f.open("Open");
        f.answerAll(f.staffA, round, AnswerStatus.IN_PLACE);

        assertThat(results.result(f.coordinator, round).completion().submitted())
                .isEqualTo(1);
        assertThat(results.result(f.steering, round).overall().inPlace()).isPositive();
        assertThatThrownBy(() -> results.result(f.staffA, round)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> results.result(f.volunteer, round)).isInstanceOf(ForbiddenException.class);
        assertThat(results.timeline(f.volunteer, Paging.first())
                        .items()
                        .getFirst()
                        .visible())
                .isFalse();
        assertThat(results.timeline(f.volunteer, Paging.first())
                        .items()
                        .getFirst()
                        .phases())
                .isEmpty();

        rounds.close(f.coordinator, round);

        assertThat(results.result(f.volunteer, round).overall().inPlace()).isPositive();
        assertThat(results.timeline(f.volunteer, Paging.first())
                        .items()
                        .getFirst()
                        .visible())
                .isTrue();
    }

    /**
     * By hand: A answers every question "under way" (1), B "in place" (2), the steering group "not applicable".
     * Per question: tally 0 / 1 / 1 / 1, 50 % in place, disagreement = sd of {1, 2} = 0.5; overall 45 of 90
     * applicable answers in place. The volunteer was not invited; a participant who did not hand in does not count.
     */
    @Test
    void resultsCountedInTheDatabaseMatchTheHandCalculation() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "telling");
        var round = f.open("Telling");
        f.answerAll(f.staffA, round, AnswerStatus.UNDER_WAY);
        f.answerAll(f.staffB, round, AnswerStatus.IN_PLACE);
        f.answerAll(f.steering, round, AnswerStatus.NOT_APPLICABLE);
        int asked = rounds.questions(f.network, round).size();

        var result = results.result(f.coordinator, round);

        assertThat(result.completion()).isEqualTo(new Completion(3, 3, 3));
        var first = result.phase(Phase.STARTUP).questions().getFirst();
        assertThat(first.tally()).isEqualTo(new Tally(0, 1, 1, 1));
        assertThat(first.tally().percent()).isEqualTo(50);
        assertThat(first.disagreement()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.overall()).isEqualTo(new Tally(0, asked, asked, asked));
        assertThat(result.phase(Phase.STARTUP).disagreement())
                .isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.openQuestions()).isEmpty();
    }

    @Test
    void theTimelineComesAPageAtATimeNewestFirstAndOnlyForItsOwnNetwork() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "tijdlijn");
        var first = f.open("Een");
        f.answerAll(f.staffA, first, AnswerStatus.IN_PLACE);
        rounds.close(f.coordinator, first);
        var second = f.open("Twee");
        f.answerAll(f.staffA, second, AnswerStatus.NOT_STARTED);
        rounds.close(f.coordinator, second);
        var third = f.open("Drie");

        var page = results.timeline(f.coordinator, Paging.first(2));
        assertThat(page.items()).extracting(t -> t.round().id()).containsExactly(third, second);
        assertThat(page.items().get(1).overall().percent()).isZero();
        assertThat(page.items().get(1).completion()).isEqualTo(new Completion(3, 1, 1));
        var rest = results.timeline(f.coordinator, new Paging(page.next().orElseThrow(), 2));
        assertThat(rest.items()).extracting(t -> t.round().id()).containsExactly(first);
        assertThat(rest.items().getFirst().overall().percent()).isEqualTo(100);
        assertThat(rest.hasNext()).isFalse();

        var stranger = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "vreemd");
        assertThat(results.timeline(stranger.coordinator, Paging.first()).items())
                .isEmpty();
    }

    private void answer(
            StielUser who,
            RoundId round,
            List<QuestionView> asked,
            java.util.function.Function<QuestionView, AnswerStatus> how) {
        List<AnswerForm> answers = new ArrayList<>();
        for (var q : asked) {
            answers.add(new AnswerForm(q.id().value(), how.apply(q), null, null));
        }
        rounds.save(who, round, answers, true);
    }
}
