package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Notifications;

/** The weekly nudge about stale offers, run with fixed clocks instead of waiting for weeks. */
@StielTest
class StaleOfferNudgesTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    Offers offers;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    MessageSource messages;

    @Autowired
    StielProperties properties;

    StaleOfferNudges job(Clock clock) {
        return new StaleOfferNudges(offers, networks, accounts, jdbc, notifications, clock);
    }

    @Test
    void staffAndCoordinatorsGetALinkAtMostOncePer30Days() {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("stale").id();
        var partner = f.partner(network, TestNetworks.unique("Oud"), "Test");
        var fresh = f.partner(network, TestNetworks.unique("Vers"), "Test");
        var staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
        var freshStaff = f.member(network, NetworkRole.PARTNER_STAFF, fresh);
        var coordinator = f.member(network, NetworkRole.COORDINATOR);
        var volunteer = f.member(network, NetworkRole.VOLUNTEER);
        LocalDate today = LocalDate.now(BRUSSELS);
        String secret = TestNetworks.unique("Geheime activiteit");
        var stale = TestOffers.weekly(secret, today);
        stale.setLastVerified(today.minusMonths(6));
        offers.register(Actor.system(network, "Test"), partner, stale);
        var recent = TestOffers.weekly(TestNetworks.unique("Recent"), today);
        recent.setLastVerified(today.minusMonths(6).plusDays(1));
        offers.register(Actor.system(network, "Test"), fresh, recent);
        var now = Clock.system(BRUSSELS);

        job(now).nudge();

        var mails = new TestMails(jdbc);
        assertThat(mails.lastMailTo(staff.email()))
                .hasValueSatisfying(body -> assertThat(body)
                        .contains(properties.link("/offers/stale"))
                        .doesNotContain(secret));
        assertThat(mails.lastMailTo(coordinator.email())).isPresent();
        assertThat(mails.lastMailTo(volunteer.email())).isEmpty();
        assertThat(mails.lastMailTo(freshStaff.email())).isEmpty();
        assertThat(count(staff.email())).isEqualTo(1);

        job(Clock.offset(now, Duration.ofDays(29))).nudge();
        assertThat(count(staff.email())).isEqualTo(1);

        job(Clock.offset(now, Duration.ofDays(31))).nudge();
        assertThat(count(staff.email())).isEqualTo(2);
        // by then the other offer is stale too: its staff hear of it for the first time
        assertThat(count(freshStaff.email())).isEqualTo(1);
    }

    @Test
    void aConfirmedOfferIsNoLongerStale() {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("stale").id();
        var partner = f.partner(network, TestNetworks.unique("Nagekeken"), "Test");
        var staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
        LocalDate today = LocalDate.now(BRUSSELS);
        var form = TestOffers.weekly(TestNetworks.unique("Nakijken"), today);
        form.setLastVerified(today.minusYears(1));
        var id = offers.register(Actor.system(network, "Test"), partner, form);
        assertThat(offers.staleFor(staff)).extracting(OfferSummary::id).containsExactly(id);

        offers.verify(staff, id);

        assertThat(offers.staleFor(staff)).isEmpty();
        assertThat(offers.get(network, id).lastVerified()).isEqualTo(today);
        job(Clock.system(BRUSSELS)).nudge();
        assertThat(count(staff.email())).isZero();
    }

    private int count(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
