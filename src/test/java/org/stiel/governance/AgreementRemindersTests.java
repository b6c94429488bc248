package org.stiel.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Notifications;

/** The daily renewal reminder, run with fixed clocks instead of waiting for months. */
@StielTest
class AgreementRemindersTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Bodies bodies;

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    MessageSource messages;

    @Autowired
    StielProperties properties;

    AgreementReminders job(LocalDate today) {
        var clock = Clock.fixed(today.atTime(7, 15).atZone(BRUSSELS).toInstant(), BRUSSELS);
        return new AgreementReminders(networks, accounts, jdbc, notifications, clock);
    }

    @Test
    void coordinatorsGetALinkOncePerPeriodWithin60DaysOfTheEnd() {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        var secondCoordinator = w.fixtures.member(w.network, NetworkRole.COORDINATOR);
        LocalDate end = LocalDate.of(2031, 3, 31);
        String secret = TestNetworks.unique("Geheime inbreng");
        var form = GovernanceTests.agreement(w.partner, LocalDate.of(2028, 4, 1), end);
        form.setPartnerCommits(secret);
        var id = agreements.create(w.coordinator, form);

        job(end.minusDays(61)).remind();
        assertThat(count(w.coordinator.email())).isZero();

        job(end.minusDays(60)).remind();
        var mails = new TestMails(jdbc);
        assertThat(mails.lastMailTo(w.coordinator.email()))
                .hasValueSatisfying(body -> assertThat(body)
                        .contains(properties.link("/governance/agreements"))
                        .doesNotContain(secret)
                        .doesNotContain(w.partner.value().toString()));
        assertThat(count(secondCoordinator.email())).isEqualTo(1);
        assertThat(count(w.staff.email())).isZero();
        assertThat(count(w.chair.email())).isZero();

        // once per period: the next days send nothing more
        job(end.minusDays(59)).remind();
        job(end).remind();
        assertThat(count(w.coordinator.email())).isEqualTo(1);
        // after the end it is expired, not ending: no reminder either
        job(end.plusDays(1)).remind();
        assertThat(count(w.coordinator.email())).isEqualTo(1);

        // renewed for a new period: reminded again before the new end
        var renewal = agreements.form(w.coordinator, id);
        renewal.setStartsOn(end.plusDays(1));
        renewal.setEndsOn(end.plusYears(3));
        agreements.update(w.coordinator, id, renewal);
        job(end.plusYears(3).minusDays(30)).remind();
        assertThat(count(w.coordinator.email())).isEqualTo(2);
    }

    private int count(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject = ?")
                .params(
                        email,
                        messages.getMessage(
                                "governance.reminder.subject", null, java.util.Locale.forLanguageTag("nl-BE")))
                .query(Integer.class)
                .single();
    }
}
