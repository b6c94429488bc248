package org.stiel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Membership;
import org.stiel.network.LifeDomain;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;
import org.stiel.referrals.DeclineCount;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.ReferralInbox;
import org.stiel.referrals.ReferralLine;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.Referrals;

/** The demo's referrals: partner2 works for another Scheldeveld partner, and there is a referral in every state. */
@StielTest
class ReferralsDemoTests {

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    StartupNotice notice;

    @Test
    void partner2WorksForTheConsultationBureauAndLogsIn() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        var staff =
                accounts.reload(accounts.findByEmail("partner2@stiel.example").orElseThrow(), scheldeveld);
        var employer = staff.current().flatMap(Membership::partnerId).orElseThrow();
        assertThat(partners.nameOf(scheldeveld, new PartnerId(employer))).contains("Consultatiebureau Eikelaar");
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("partner2@stiel.example", StielTest.DEMO_PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(notice.notice()).contains("partner2@stiel.example");
    }

    @Test
    void everyStateHasADemoReferralAndEachNetworkAConsentText() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        var polderrand = networks.findBySlug("polderrand").orElseThrow().id();
        var partner =
                accounts.reload(accounts.findByEmail("partner@stiel.example").orElseThrow(), scheldeveld);
        var partner2 =
                accounts.reload(accounts.findByEmail("partner2@stiel.example").orElseThrow(), scheldeveld);

        var states = EnumSet.noneOf(ReferralStatus.class);
        Stream.of(partner, partner2)
                .flatMap(user -> Stream.concat(
                        inbox.received(user, null, false, null, Paging.first(100)).items().stream(),
                        inbox.sent(user, null, Paging.first(100)).items().stream()))
                .map(ReferralLine::status)
                .forEach(states::add);
        assertThat(states).containsExactlyInAnyOrder(ReferralStatus.values());

        assertThat(referrals.currentConsentText(scheldeveld).orElseThrow().body())
                .contains("toestemming");
        assertThat(referrals.currentConsentText(polderrand)).isPresent();
    }

    @Test
    void theDemoShowsReferralsDeclinedForLackOfOfferPerMunicipality() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow();
        String hazelbeke = scheldeveld.municipalities().stream()
                .filter(m -> m.name().equals("Hazelbeke"))
                .findFirst()
                .orElseThrow()
                .nisCode();
        var since = referrals
                .today()
                .minusYears(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();

        assertThat(referrals.declinedForLackOfOffer(scheldeveld.id(), since))
                .contains(
                        new DeclineCount(hazelbeke, LifeDomain.PARENTING_SUPPORT, DeclineReason.NO_CAPACITY, 7),
                        new DeclineCount(hazelbeke, LifeDomain.PARENTING_SUPPORT, DeclineReason.WAITING_LIST, 2))
                .extracting(DeclineCount::reason)
                .contains(DeclineReason.NO_FITTING_OFFER);
    }
}
