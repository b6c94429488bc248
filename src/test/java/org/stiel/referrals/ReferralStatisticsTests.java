package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.LifeDomain;
import org.stiel.network.Networks;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;

/** The coordinator's numbers against figures worked out by hand, on a small network of the test's own. */
@StielTest
class ReferralStatisticsTests {

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralNumbers numbers;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNumbersAreThoseWorkedOutByHand() {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        kind(world.senderPartner, PartnerKind.CHILDCARE);
        kind(world.recipientPartner, PartnerKind.HEALTH);
        kind(world.thirdPartner, PartnerKind.SCHOOL);
        var speech = world.service(offers, world.recipientPartner, "Logopedie");
        var sleep = world.service(offers, world.recipientPartner, "Slaapadvies");
        var rows = new ReferralRows(jdbc, world.network);
        var at = Instant.parse("2025-03-03T09:00:00Z");
        var s = world.senderPartner;
        var r = world.recipientPartner;
        var t = world.thirdPartner;

        // a draft is not sent: it counts nowhere
        rows.row(s, r, ReferralStatus.DRAFT, at).offer(speech.value()).insert();
        rows.row(s, r, ReferralStatus.SENT, at).domain(LifeDomain.HEALTH).insert();
        // accepted after 2 h 30 (whole hours: 2), 4 h, 8 h 59 (8) and 11 h: the median of 2, 4, 8, 11 is (4 + 8) / 2
        rows.row(s, r, ReferralStatus.ACCEPTED, at)
                .answeredAfter(Duration.ofMinutes(150))
                .offer(speech.value())
                .insert();
        rows.row(s, r, ReferralStatus.IN_CONTACT, at)
                .answeredAfter(Duration.ofHours(4))
                .offer(speech.value())
                .insert();
        rows.row(s, t, ReferralStatus.CLOSED, at)
                .answeredAfter(Duration.ofMinutes(8 * 60 + 59))
                .outcome(Outcome.GOT_HELP)
                .domain(LifeDomain.HEALTH)
                .insert();
        rows.row(t, r, ReferralStatus.CLOSED, at)
                .answeredAfter(Duration.ofHours(11))
                .outcome(Outcome.FAMILY_DECLINED)
                .offer(sleep.value())
                .insert();
        // a decline is answered, not accepted: not in the median
        rows.row(r, s, ReferralStatus.DECLINED, at)
                .answeredAfter(Duration.ofHours(1))
                .declined(DeclineReason.NO_CAPACITY)
                .insert();

        var stats = numbers.statistics(world.coordinator);

        assertThat(stats.total()).isEqualTo(6);
        assertThat(stats.byStatus())
                .isEqualTo(Map.of(
                        ReferralStatus.SENT, 1,
                        ReferralStatus.ACCEPTED, 1,
                        ReferralStatus.IN_CONTACT, 1,
                        ReferralStatus.CLOSED, 2,
                        ReferralStatus.DECLINED, 1));
        assertThat(stats.byLifeDomain()).isEqualTo(Map.of(LifeDomain.HEALTH, 2, LifeDomain.CHILDCARE, 4));
        assertThat(stats.outcomes()).isEqualTo(Map.of(Outcome.GOT_HELP, 1, Outcome.FAMILY_DECLINED, 1));
        assertThat(stats.declineReasons()).isEqualTo(Map.of(DeclineReason.NO_CAPACITY, 1));
        assertThat(stats.medianHoursToAccept()).isEqualTo(6L);
        assertThat(stats.byService())
                .extracting(ServiceCount::id, ServiceCount::count, ServiceCount::partnerName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(speech, 2, nameOf(world, r)),
                        org.assertj.core.groups.Tuple.tuple(sleep, 1, nameOf(world, r)));
        assertThat(stats.byService().getFirst().name()).contains("Logopedie");
        // childcare → health 3 (the sent, accepted and in-contact ones), then one each, in the kinds' order
        assertThat(stats.flows())
                .containsExactly(
                        new ReferralStatistics.Flow(PartnerKind.CHILDCARE, PartnerKind.HEALTH, 3),
                        new ReferralStatistics.Flow(PartnerKind.CHILDCARE, PartnerKind.SCHOOL, 1),
                        new ReferralStatistics.Flow(PartnerKind.SCHOOL, PartnerKind.HEALTH, 1),
                        new ReferralStatistics.Flow(PartnerKind.HEALTH, PartnerKind.CHILDCARE, 1));
    }

    @Test
    void anOddCountHasItsMiddleAndNoAcceptanceNoMedian() {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        var rows = new ReferralRows(jdbc, world.network);
        var at = Instant.parse("2025-03-03T09:00:00Z");
        assertThat(numbers.statistics(world.coordinator).medianHoursToAccept()).isNull();
        assertThat(numbers.statistics(world.coordinator).total()).isZero();

        for (int hours : new int[] {30, 1, 5}) {
            rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.ACCEPTED, at)
                    .answeredAfter(Duration.ofHours(hours))
                    .insert();
        }
        assertThat(numbers.statistics(world.coordinator).medianHoursToAccept()).isEqualTo(5L);
    }

    private void kind(PartnerId partner, PartnerKind kind) {
        jdbc.sql("update partner set kind = ? where id = ?")
                .params(kind.name(), partner.value())
                .update();
    }

    private String nameOf(ReferralWorld world, PartnerId partner) {
        return partners.nameOf(world.network, partner).orElseThrow();
    }
}
