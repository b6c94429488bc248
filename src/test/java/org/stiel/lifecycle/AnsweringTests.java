package org.stiel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.RuleViolation;

/** A participant saves part of the answers, comes back, and hands them in once every question has one. */
@StielTest
class AnsweringTests {

    @Autowired
    Rounds rounds;

    @Autowired
    Results results;

    @Autowired
    Questions questions;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void partialAnswersAreKeptAndOnlyACompleteSetIsHandedIn() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "antwoord");
        var round = f.open("Ronde");
        var questions = rounds.questions(f.network, round);
        var first = questions.getFirst().id().value();

        long open = rounds.save(
                f.staffA,
                round,
                List.of(new AnswerForm(
                        first, AnswerStatus.UNDER_WAY, "  Bezig met de lijst  ", "https://x.example/plan")),
                true);

        assertThat(open).isEqualTo(questions.size() - 1);
        var sheet = rounds.sheet(f.staffA, round);
        assertThat(sheet.participant().submitted()).isFalse();
        assertThat(sheet.items().getFirst().status()).isEqualTo(AnswerStatus.UNDER_WAY);
        assertThat(sheet.items().getFirst().note()).isEqualTo("Bezig met de lijst");
        assertThat(sheet.items().getFirst().evidenceUrl()).isEqualTo("https://x.example/plan");
        assertThat(sheet.unanswered()).isEqualTo(questions.size() - 1);
        // a saved but not handed-in set does not count yet
        assertThat(results.result(f.network, round).overall().total()).isZero();
        assertThat(rounds.completion(f.network, round)).isEqualTo(new Completion(3, 1, 0));

        f.answerAll(f.staffA, round, AnswerStatus.IN_PLACE);

        assertThat(rounds.sheet(f.staffA, round).participant().submitted()).isTrue();
        assertThat(rounds.completion(f.network, round)).isEqualTo(new Completion(3, 1, 1));
        assertThat(results.result(f.network, round).overall().inPlace()).isEqualTo(questions.size());
    }

    @Test
    void onlyInvitedPeopleAnswerOnlyOpenRoundsOnlyTheRoundsQuestionsWithRealLinks() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "regels");
        var round = f.open("Ronde");
        var first = rounds.questions(f.network, round).getFirst().id().value();
        var answer = List.of(new AnswerForm(first, AnswerStatus.IN_PLACE, null, null));

        assertThatThrownBy(() -> rounds.save(f.volunteer, round, answer, false)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rounds.save(f.coordinator, round, answer, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rounds.save(
                        f.staffA,
                        round,
                        List.of(new AnswerForm(UUID.randomUUID(), AnswerStatus.IN_PLACE, null, null)),
                        false))
                .isInstanceOf(RuleViolation.class);
        for (String link : new String[] {"javascript:alert(1)", "ftp://x.example/a", "https://", "www.x.example"}) {
            assertThatThrownBy(() -> rounds.save(
                            f.staffA, round, List.of(new AnswerForm(first, AnswerStatus.IN_PLACE, null, link)), false))
                    .as(link)
                    .isInstanceOf(RuleViolation.class);
        }

        rounds.close(f.coordinator, round);

        assertThatThrownBy(() -> rounds.save(f.staffA, round, answer, false)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aRoundAsksTheQuestionsActiveWhenItOpened() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "vragen");
        var before = f.open("Voor");
        var own = questions.add(f.coordinator, new QuestionForm(Theme.GOALS, "Eigen vraag?", null));
        var after = f.open("Na");

        assertThat(rounds.questions(f.network, before))
                .extracting(QuestionView::id)
                .doesNotContain(own);
        assertThat(rounds.questions(f.network, after))
                .extracting(QuestionView::id)
                .contains(own);

        questions.retire(f.coordinator, own, true);
        var later = f.open("Later");

        assertThat(rounds.questions(f.network, after))
                .extracting(QuestionView::id)
                .contains(own);
        assertThat(rounds.questions(f.network, later))
                .extracting(QuestionView::id)
                .doesNotContain(own);
        // the standard set in every round: at least six per phase
        for (Phase phase : Phase.values()) {
            assertThat(rounds.questions(f.network, later).stream().filter(q -> q.phase() == phase))
                    .as(phase.name())
                    .hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(q -> assertThat(q.hint()).isNotBlank());
        }
    }
}
