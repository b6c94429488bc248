package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.insight.internal.GapRules;
import org.stiel.insight.internal.GapTexts;
import org.stiel.network.LifeDomain;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.offer.Offers;
import org.stiel.partners.Partners;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.Challenges;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/** The supply, need, ratios, reasons and ranking of {@link GapFixture}'s network against its hand-computed values. */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapAnalysisTests {

    static final GapFilter PARENTING_TODDLERS = new GapFilter(null, LifeDomain.PARENTING_SUPPORT, AgeBand.TODDLERS);

    @Autowired
    GapAnalysis analysis;

    @Autowired
    GapNotes notes;

    @Autowired
    Challenges challenges;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Places places;

    @Autowired
    Offers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    GapTexts texts;

    GapFixture fixture;
    StielUser coordinator;

    @BeforeAll
    void network() {
        var people = new TestNetworks(networks, accounts, partners);
        fixture = new GapFixture(networks, people, places, partners, offers, jdbc, clock);
        coordinator = people.member(fixture.network, NetworkRole.COORDINATOR);
    }

    @Test
    void supplyNeedAndDeclinesPerMunicipalityMatchTheHandComputedValues() {
        var cells = analysis.cells(coordinator, PARENTING_TODDLERS);
        assertThat(cells)
                .extracting(g -> g.key().nisCode())
                .containsExactlyInAnyOrder(GapFixture.ZELZATE, GapFixture.LOCHRISTI, GapFixture.LOKEREN);

        var lochristi = cell(cells, GapFixture.LOCHRISTI);
        assertThat(lochristi.children()).isEqualTo(800);
        assertThat(lochristi.deprivation()).isEqualTo(10.0);
        assertThat(lochristi.universalOffers()).isEqualTo(1);
        assertThat(lochristi.extraOffers()).isEqualTo(1);
        assertThat(lochristi.places()).isEqualTo(30);
        // one session in ten days; the one in a hundred days is beyond three months
        assertThat(lochristi.sessions()).isEqualTo(1);
        assertThat(lochristi.nearestKm()).isCloseTo(0.0, within(0.001));
        assertThat(lochristi.offersPer1000()).isCloseTo(2.5, within(1e-9));
        assertThat(lochristi.placesPer1000()).isCloseTo(37.5, within(1e-9));
        assertThat(lochristi.sessionsPer1000()).isCloseTo(1.25, within(1e-9));
        assertThat(lochristi.networkOffersPer1000()).isCloseTo(3 * 1000.0 / 2200, within(1e-9));
        assertThat(lochristi.declinedCapacity()).isEqualTo(3);
        assertThat(lochristi.declinedWaiting()).isEqualTo(1);
        assertThat(lochristi.declinedNoFit()).isZero();
        assertThat(lochristi.reasons()).containsExactly(GapReason.DECLINES);
        assertThat(lochristi.score()).isEqualTo(1080.0);

        var zelzate = cell(cells, GapFixture.ZELZATE);
        // the latest year's figure, not the one before
        assertThat(zelzate.children()).isEqualTo(400);
        assertThat(zelzate.offers()).isZero();
        assertThat(zelzate.nearestKm())
                .isCloseTo(
                        Math.min(
                                GapFixture.km(fixture.zelzate, fixture.lochristi),
                                GapFixture.km(fixture.zelzate, fixture.lokeren)),
                        within(0.001))
                .isGreaterThan(GapRules.NEARBY_KM);
        assertThat(zelzate.offersPer1000()).isZero();
        assertThat(zelzate.reasons()).containsExactly(GapReason.NO_OFFER_NEARBY, GapReason.LOW_RATE);
        assertThat(zelzate.score()).isEqualTo(1440.0);

        var lokeren = cell(cells, GapFixture.LOKEREN);
        assertThat(lokeren.deprivation()).isEqualTo(15.0);
        assertThat(lokeren.staleOffers()).isEqualTo(1);
        assertThat(lokeren.offersPer1000()).isCloseTo(1.0, within(1e-9));
        assertThat(lokeren.reasons()).containsExactly(GapReason.STALE_ONLY);
        assertThat(lokeren.score()).isEqualTo(1150.0);
    }

    @Test
    void theGapsAreRankedByScoreAndPagedInOrder() {
        var first = analysis.gaps(coordinator, PARENTING_TODDLERS, Paging.first(1));
        assertThat(first.items()).extracting(g -> g.key().nisCode()).containsExactly(GapFixture.ZELZATE);
        assertThat(first.hasNext()).isTrue();
        var second = analysis.gaps(coordinator, PARENTING_TODDLERS, Paging.of(first.nextToken(), 1));
        assertThat(second.items()).extracting(g -> g.key().nisCode()).containsExactly(GapFixture.LOKEREN);
        var third = analysis.gaps(coordinator, PARENTING_TODDLERS, Paging.of(second.nextToken(), 1));
        assertThat(third.items()).extracting(g -> g.key().nisCode()).containsExactly(GapFixture.LOCHRISTI);
        assertThat(third.hasNext()).isFalse();

        // unfiltered, the most children with the deepest deprivation and no offer at all come first:
        // Lokeren's other domains, 1 000 x 1.15 x 3 = 3 450
        var top = analysis.gaps(coordinator, GapFilter.all(), Paging.first(9)).items();
        assertThat(top).allSatisfy(g -> {
            assertThat(g.key().nisCode()).isEqualTo(GapFixture.LOKEREN);
            assertThat(g.score()).isEqualTo(3450.0);
        });
        assertThat(top).extracting(g -> g.key().domain()).doesNotContain(LifeDomain.PARENTING_SUPPORT);

        // declines below the threshold are no reason, but weigh in: Zelzate's childcare 400 x 1.20 x 3 + 2 x 50
        var childcare =
                analysis.get(coordinator, new GapKey(GapFixture.ZELZATE, LifeDomain.CHILDCARE, AgeBand.TODDLERS));
        assertThat(childcare.declinedNoFit()).isEqualTo(2);
        assertThat(childcare.declinedCapacity()).isZero();
        assertThat(childcare.reasons()).doesNotContain(GapReason.DECLINES);
        assertThat(childcare.score()).isEqualTo(1540.0);
    }

    @Test
    void theGapSaysWhyInWords() {
        var zelzate = analysis.get(
                coordinator, new GapKey(GapFixture.ZELZATE, LifeDomain.PARENTING_SUPPORT, AgeBand.TODDLERS));
        assertThat(texts.why(zelzate, Locale.ENGLISH))
                .isEqualTo("Zelzate: 400 children 0–2 years, deprivation 20 %, no parenting support within 5 km,"
                        + " 0 offers per 1,000 children, less than half the network's (1.4)");
        assertThat(texts.why(zelzate, Locale.forLanguageTag("nl")))
                .startsWith(
                        "Zelzate: 400 kinderen 0–2 jaar, kansarmoede 20 %, geen opvoedingsondersteuning binnen 5 km");
    }

    @Test
    void theCoordinatorNotesAGapAndStartsOneChallengeFromIt() {
        var key = new GapKey(GapFixture.LOKEREN, LifeDomain.PARENTING_SUPPORT, AgeBand.TODDLERS);
        notes.note(coordinator, key, "  Opvoedingswinkel vraagt om nieuwe cijfers.  ");
        assertThat(analysis.get(coordinator, key).note()).isEqualTo("Opvoedingswinkel vraagt om nieuwe cijfers.");

        ChallengeId id = notes.startChallenge(coordinator, key, Locale.ENGLISH);
        var challenge = challenges.get(fixture.network, id);
        assertThat(challenge.source()).isEqualTo(ChallengeSource.CONTEXT);
        assertThat(challenge.title()).isEqualTo("Parenting support for 0–2 years in Lokeren");
        assertThat(challenge.description())
                .contains("Lokeren: 1,000 children 0–2 years, deprivation 15 %")
                .contains("only offers not checked")
                .contains("/insight/gaps/46029/PARENTING_SUPPORT/TODDLERS");
        var gap = analysis.get(coordinator, key);
        assertThat(gap.challenge()).isEqualTo(id.value());
        // the note stays when the challenge is kept with it
        assertThat(gap.note()).isEqualTo("Opvoedingswinkel vraagt om nieuwe cijfers.");
        assertThatThrownBy(() -> notes.startChallenge(coordinator, key, Locale.ENGLISH))
                .isInstanceOf(RuleViolation.class);
    }

    private static Gap cell(java.util.List<Gap> cells, String nis) {
        return cells.stream()
                .filter(g -> g.key().nisCode().equals(nis))
                .findFirst()
                .orElseThrow();
    }
}
