package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.LifeDomain;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.partners.Partners;

/**
 * The gap analysis's unmet need: referrals declined for lack of offer, counted per municipality, life domain and
 * reason, against counts worked out by hand on networks of the test's own.
 */
@StielTest
class ReferralDeclinesTests {

    static final Instant SINCE = Instant.parse("2025-06-01T00:00:00Z");

    @Autowired
    Referrals referrals;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void declinesForLackOfOfferAreCountedPerMunicipalityDomainAndReason() {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        ReferralMunicipalityTests.codes(places, jdbc, world.network);
        var rows = new ReferralRows(jdbc, world.network);
        var s = world.senderPartner;
        var r = world.recipientPartner;
        var at = SINCE.plus(Duration.ofDays(10));
        var day = Duration.ofDays(1);
        for (int i = 0; i < 3; i++) {
            rows.row(s, r, ReferralStatus.DECLINED, at)
                    .domain(LifeDomain.PARENTING_SUPPORT)
                    .municipality(ReferralMunicipalityTests.FIRST)
                    .declined(DeclineReason.NO_CAPACITY)
                    .answeredAfter(day)
                    .insert();
        }
        rows.row(s, r, ReferralStatus.DECLINED, at)
                .domain(LifeDomain.PARENTING_SUPPORT)
                .municipality(ReferralMunicipalityTests.FIRST)
                .declined(DeclineReason.WAITING_LIST)
                .answeredAfter(day)
                .insert();
        for (int i = 0; i < 2; i++) {
            rows.row(s, r, ReferralStatus.DECLINED, at)
                    .domain(LifeDomain.CHILDCARE)
                    .municipality(ReferralMunicipalityTests.SECOND)
                    .declined(DeclineReason.NO_FITTING_OFFER)
                    .answeredAfter(day)
                    .insert();
        }
        // the family's municipality not given: counted under "unknown"
        rows.row(s, r, ReferralStatus.DECLINED, at)
                .domain(LifeDomain.CHILDCARE)
                .declined(DeclineReason.NO_CAPACITY)
                .answeredAfter(day)
                .insert();
        // answered just at the start of the period: counted
        rows.row(s, r, ReferralStatus.DECLINED, SINCE.minus(day))
                .domain(LifeDomain.CHILDCARE)
                .municipality(ReferralMunicipalityTests.SECOND)
                .declined(DeclineReason.NO_FITTING_OFFER)
                .answeredAfter(day)
                .insert();

        assertThat(referrals.declinedForLackOfOffer(world.network, SINCE))
                .containsExactlyInAnyOrder(
                        new DeclineCount(
                                ReferralMunicipalityTests.FIRST,
                                LifeDomain.PARENTING_SUPPORT,
                                DeclineReason.NO_CAPACITY,
                                3),
                        new DeclineCount(
                                ReferralMunicipalityTests.FIRST,
                                LifeDomain.PARENTING_SUPPORT,
                                DeclineReason.WAITING_LIST,
                                1),
                        new DeclineCount(
                                ReferralMunicipalityTests.SECOND,
                                LifeDomain.CHILDCARE,
                                DeclineReason.NO_FITTING_OFFER,
                                3),
                        new DeclineCount(null, LifeDomain.CHILDCARE, DeclineReason.NO_CAPACITY, 1));
    }

    @Test
    void otherReasonsEarlierAnswersAndOtherNetworksAreNotCounted() {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        var other = new ReferralWorld(networks, accounts, partners, referrals);
        ReferralMunicipalityTests.codes(places, jdbc, world.network);
        ReferralMunicipalityTests.codes(places, jdbc, other.network);
        var rows = new ReferralRows(jdbc, world.network);
        var at = SINCE.plus(Duration.ofDays(30));
        for (var reason : List.of(
                DeclineReason.NOT_ELIGIBLE,
                DeclineReason.OTHER_OFFER_FITS_BETTER,
                DeclineReason.FAMILY_NOT_REACHABLE,
                DeclineReason.OTHER)) {
            rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.DECLINED, at)
                    .municipality(ReferralMunicipalityTests.FIRST)
                    .declined(reason)
                    .answeredAfter(Duration.ofHours(5))
                    .insert();
        }
        // declined for capacity, but answered a second before the period starts
        rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.DECLINED, SINCE.minusSeconds(3601))
                .municipality(ReferralMunicipalityTests.FIRST)
                .declined(DeclineReason.NO_CAPACITY)
                .answeredAfter(Duration.ofHours(1))
                .insert();
        // the same municipality code in another network
        new ReferralRows(jdbc, other.network)
                .row(other.senderPartner, other.recipientPartner, ReferralStatus.DECLINED, at)
                .municipality(ReferralMunicipalityTests.FIRST)
                .declined(DeclineReason.NO_CAPACITY)
                .answeredAfter(Duration.ofHours(1))
                .insert();

        assertThat(referrals.declinedForLackOfOffer(world.network, SINCE)).isEmpty();
        assertThat(referrals.declinedForLackOfOffer(other.network, SINCE))
                .containsExactly(new DeclineCount(
                        ReferralMunicipalityTests.FIRST, LifeDomain.CHILDCARE, DeclineReason.NO_CAPACITY, 1));
    }

    @Test
    void aDeclineThroughTheFacadeCountsUnderTheFamilysMunicipality() {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        ReferralMunicipalityTests.codes(places, jdbc, world.network);
        var form = world.form();
        form.setMunicipalityNis(ReferralMunicipalityTests.SECOND);
        form.setLifeDomain(LifeDomain.MENTAL_WELLBEING);
        var id = referrals.create(world.sender, form, true);
        referrals.read(world.recipient, id, false);
        referrals.act(
                world.recipient,
                id,
                new ReferralAnswer(ReferralAction.DECLINE, DeclineReason.WAITING_LIST, null, "Wachtlijst tot juni"));

        assertThat(referrals.declinedForLackOfOffer(world.network, aYearAgo()))
                .containsExactly(new DeclineCount(
                        ReferralMunicipalityTests.SECOND, LifeDomain.MENTAL_WELLBEING, DeclineReason.WAITING_LIST, 1));
    }

    @Test
    void theCoordinatorsDashboardCountsTheNewReasons() throws Exception {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        var rows = new ReferralRows(jdbc, world.network);
        for (var reason :
                List.of(DeclineReason.WAITING_LIST, DeclineReason.WAITING_LIST, DeclineReason.NO_FITTING_OFFER)) {
            rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.DECLINED, SINCE)
                    .declined(reason)
                    .answeredAfter(Duration.ofHours(3))
                    .insert();
        }
        String page = mvc.perform(get("/referrals/dashboard").with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = page.substring(page.indexOf("id=\"stats-reason\""));
        String text = table.substring(0, table.indexOf("</table>"))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Wachtlijst 2", "Geen aanbod dat past 1", "Geen plaats 0");
    }

    private Instant aYearAgo() {
        return referrals
                .today()
                .minusYears(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
    }
}
