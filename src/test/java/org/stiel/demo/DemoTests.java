package org.stiel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;

@StielTest
class DemoTests {

    static final String SHARED = "Centrum voor Geestelijke Gezondheidszorg Schelde-Polder";

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    DemoLoader loader;

    @Autowired
    StartupNotice notice;

    @Test
    void loadsBothDemoNetworksWithTheirMunicipalities() {
        assertThat(scheldeveld().municipalities()).hasSize(6);
        assertThat(scheldeveld().hasHouse()).isFalse();
        assertThat(polderrand().municipalities()).hasSize(3);
        assertThat(polderrand().hasHouse()).isTrue();
    }

    @Test
    void scheldeveldHasAboutFortyPartnersOfEveryKindAndLifeDomain() {
        var all = partners.search(scheldeveld().id(), PartnerSearch.all());

        assertThat(all).hasSizeBetween(35, 45);
        assertThat(all.stream().map(PartnerSummary::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PartnerKind.values());
        assertThat(all.stream().flatMap(p -> p.lifeDomains().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LifeDomain.values());
        assertThat(all.stream().filter(PartnerSummary::core)).hasSizeBetween(6, 10);
    }

    @Test
    void polderrandHasThreePartnersOneOfThemSharedWithScheldeveld() {
        var polder = partners.search(polderrand().id(), PartnerSearch.all());

        assertThat(polder).hasSize(3).extracting(PartnerSummary::name).contains(SHARED);
        assertThat(partners.search(scheldeveld().id(), PartnerSearch.all()))
                .extracting(PartnerSummary::name)
                .contains(SHARED);
    }

    @Test
    void coverageOfScheldeveldShowsGaps() {
        var coverage = partners.coverage(scheldeveld().id());

        assertThat(coverage.gaps()).isBetween(1L, 5L);
        assertThat(coverage.withoutLocation()).isZero();
    }

    @Test
    void everyDemoAccountLogsInWithTheDemoPassword() {
        for (String email : List.of(
                "admin@stiel.example",
                "coordinator@stiel.example",
                "partner@stiel.example",
                "coordinator2@stiel.example",
                "stuurgroep@stiel.example",
                "vrijwilliger@stiel.example")) {
            var result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, StielTest.DEMO_PASSWORD));
            assertThat(result.isAuthenticated()).as(email).isTrue();
        }
    }

    @Test
    void demoAccountsHaveTheirRoles() {
        assertThat(user("admin@stiel.example", scheldeveld()).admin()).isTrue();
        assertThat(user("coordinator@stiel.example", scheldeveld()).is(NetworkRole.COORDINATOR))
                .isTrue();
        assertThat(user("coordinator2@stiel.example", polderrand()).is(NetworkRole.COORDINATOR))
                .isTrue();
        assertThat(user("vrijwilliger@stiel.example", scheldeveld()).is(NetworkRole.VOLUNTEER))
                .isTrue();

        var steering = user("stuurgroep@stiel.example", scheldeveld());
        assertThat(steering.is(NetworkRole.STEERING_GROUP)).isTrue();
        assertThat(steering.memberships())
                .extracting(Membership::networkId, Membership::role)
                .containsExactlyInAnyOrder(
                        tuple(scheldeveld().id(), NetworkRole.STEERING_GROUP),
                        tuple(polderrand().id(), NetworkRole.VOLUNTEER));

        var staff = user("partner@stiel.example", scheldeveld());
        var employer = staff.current().flatMap(Membership::partnerId).orElseThrow();
        assertThat(partners.nameOf(scheldeveld().id(), new PartnerId(employer)))
                .contains("Kinderdagverblijf Het Wilgenkatje");
    }

    @Test
    void loadingAgainChangesNothing() {
        var before = counts();

        assertThat(loader.loadIfEmpty()).isFalse();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void startupNoticeTellsWhereAndHowToGetIn() {
        assertThat(notice.notice())
                .contains("Stiel is running at http://localhost:")
                .contains("coordinator@stiel.example")
                .contains("STEERING_GROUP in scheldeveld")
                .contains(StielTest.DEMO_PASSWORD);
    }

    @Test
    void generatedPasswordsAreLongAndRandom() {
        Set<String> generated =
                IntStream.range(0, 20).mapToObj(i -> DemoPassword.generate()).collect(Collectors.toSet());
        assertThat(generated).hasSize(20).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(16));
    }

    private List<Object> counts() {
        return List.of(
                networks.all().size(),
                partners.search(scheldeveld().id(), PartnerSearch.all()).size(),
                partners.search(polderrand().id(), PartnerSearch.all()).size(),
                accounts.members(scheldeveld().id()).size(),
                accounts.members(polderrand().id()).size());
    }

    private StielUser user(String email, NetworkView network) {
        return accounts.reload(accounts.findByEmail(email).orElseThrow(), network.id());
    }

    private NetworkView scheldeveld() {
        return networks.findBySlug("scheldeveld").orElseThrow();
    }

    private NetworkView polderrand() {
        return networks.findBySlug("polderrand").orElseThrow();
    }
}
