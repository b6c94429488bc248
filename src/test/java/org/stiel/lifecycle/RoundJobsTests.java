package org.stiel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * The jobs with a clock of their own: reminders go out once, three days before the last day, to those who have not
 * handed in; a round closes the day after its last day.
 */
@StielTest
class RoundJobsTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    Rounds rounds;

    @Autowired
    RoundRepository roundRepository;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    QuestionQueries questionQueries;

    @Autowired
    Questions questions;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    LifecycleMails mails;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundQueries roundQueries;

    /** The jobs as the scheduler runs them, but at the given day (noon in Brussels). */
    private RoundJobs jobsOn(LocalDate day) {
        var clock = Clock.fixed(day.atTime(12, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
        return new RoundJobs(new Rounds(
                roundRepository,
                participants,
                roundQueries,
                questionQueries,
                questions,
                accounts,
                networks,
                mails,
                new RoundAnswering(participants, clock),
                new RoundReminders(roundRepository, participants, accounts, networks, mails, clock),
                events,
                clock));
    }

    @Test
    void remindersGoOnceThreeDaysBeforeTheLastDayToThoseWhoHaveNotHandedIn() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "herinner");
        LocalDate last = LocalDate.now(BRUSSELS).plusDays(10);
        var round = rounds.open(f.coordinator, new RoundForm("Herinnering", last));
        f.answerAll(f.steering, round, AnswerStatus.UNDER_WAY);
        var outbox = new TestMails(jdbc);
        String invitation = outbox.lastMailTo(f.staffA.email()).orElseThrow();

        jobsOn(last.minusDays(4)).remind();

        assertThat(outbox.lastMailTo(f.staffA.email())).contains(invitation);

        jobsOn(last.minusDays(3)).remind();

        assertThat(outbox.lastMailTo(f.staffA.email()))
                .hasValueSatisfying(body -> assertThat(body)
                        .contains("sluit binnenkort")
                        .contains("/lifecycle/rounds/" + round + "\n")
                        .doesNotContain("/answers")
                        .doesNotContain(f.staffB.email()));
        assertThat(outbox.lastMailTo(f.staffB.email()))
                .hasValueSatisfying(b -> assertThat(b).contains("binnenkort"));
        // handed in: no reminder
        assertThat(outbox.lastMailTo(f.steering.email()))
                .hasValueSatisfying(b -> assertThat(b).doesNotContain("binnenkort"));
        assertThat(mailsTo(f.staffA.email())).isEqualTo(2);

        jobsOn(last.minusDays(2)).remind();

        assertThat(mailsTo(f.staffA.email())).isEqualTo(2);
    }

    @Test
    void aRoundClosesTheDayAfterItsLastDay() {
        var f = new LifecycleFixture(new TestNetworks(networks, accounts, partners), rounds, "sluit");
        LocalDate today = LocalDate.now(BRUSSELS);
        var closing = rounds.open(f.coordinator, new RoundForm("Sluit morgen", today.plusDays(1)));
        var staying = rounds.open(f.coordinator, new RoundForm("Blijft open", today.plusDays(5)));

        jobsOn(today.plusDays(1)).closeOverdue();

        assertThat(rounds.get(f.network, closing).open()).isTrue();

        jobsOn(today.plusDays(2)).closeOverdue();

        assertThat(rounds.get(f.network, closing).open()).isFalse();
        assertThat(rounds.get(f.network, staying).open()).isTrue();
    }

    private int mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
