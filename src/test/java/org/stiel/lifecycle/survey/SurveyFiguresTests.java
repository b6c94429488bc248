package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.NotFoundException;

/**
 * The survey results as the database counts them (GROUP BY per pair, partner, factor and round), against the figures
 * worked out by hand on the graph of {@link NetworkMetricsTests}, in a network of the test's own.
 *
 * <pre>
 * partners A B C D E F (0–5)
 * A hands in: B intensively (trust 4, value 2), C occasionally (reliable 3, mission 4 → trust 3.5; value 4)
 * B hands in: A intensively (trust 1, value 1)
 * C hands in: nobody
 * E hands in: D regularly (trust 4, value 3)
 * D and F do not hand in.
 *
 * map: A–B (3+3)/2 = 3 reciprocated, A–C (1+0)/2 = 0.5, D–E 2/1 = 2; density 3/15 = 0.2; degree A 2;
 *      centralisation 6/20 = 0.3; F isolated
 * trust about A 1 (1 answer), about C 3.5, about D 4; network trust per answering partner A (4+3.5)/2 = 3.75,
 *      B 1, E 4 → (3.75+1+4)/3 = 35/12; network value A (2+4)/2 = 3, B 1, E 3 → 7/3
 * factors: clear goals A 5, B 2 → 3.5 (2); families A 3, E 1 → 2 (2); group purpose per partner A 4, B 2, E 1 →
 *      7/3 (3); resources: E 5 (1)
 * temperatures: before A 15, B 12, C 5 (median 12); now A 10, B 12, C 5, E −2 → sorted −2 5 10 12,
 *      median 7.5, low −2, high 12, bands 1 0 1 2 0; A cooled from 15 to 10
 * </pre>
 */
@StielTest
class SurveyFiguresTests {

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Rounds rounds;

    @Autowired
    CollaborationSurveys surveys;

    @Test
    void figuresOfTheRoundAndItsHistoryMatchTheHandCalculation() {
        var w = new SurveyWorld(networks, accounts, partners, rounds, surveys, 6);
        var before = w.round("Najaar", LocalDate.now().minusDays(60));
        hand(w, before, 0, 15, Map.of(), Map.of());
        hand(w, before, 1, 12, Map.of(), Map.of());
        hand(w, before, 2, 5, Map.of(), Map.of());
        w.close(before);
        var round = w.round("Voorjaar", LocalDate.now().minusDays(1));
        // a later round is not part of this round's history
        var later = w.round("Later", LocalDate.now());
        hand(w, later, 0, 20, Map.of(), Map.of());
        var p = w.partners;
        hand(
                w,
                round,
                0,
                10,
                Map.of(
                        p.get(1), link(CollaborationFrequency.INTENSIVELY, 4, 4, 4, 2),
                        p.get(2), link(CollaborationFrequency.OCCASIONALLY, 3, null, 4, 4)),
                Map.of(CollaborationFactor.PURPOSE_CLEAR_GOALS, 5, CollaborationFactor.PURPOSE_FAMILIES, 3));
        hand(
                w,
                round,
                1,
                12,
                Map.of(p.get(0), link(CollaborationFrequency.INTENSIVELY, 1, 1, 1, 1)),
                Map.of(CollaborationFactor.PURPOSE_CLEAR_GOALS, 2));
        hand(w, round, 2, 5, Map.of(), Map.of());
        hand(
                w,
                round,
                4,
                -2,
                Map.of(p.get(3), link(CollaborationFrequency.REGULARLY, 4, 4, 4, 3)),
                Map.of(CollaborationFactor.PURPOSE_FAMILIES, 1, CollaborationFactor.RESOURCES_TIME, 5));

        var results = surveys.results(w.coordinator, round);

        var metrics = results.map().metrics();
        var a = p.get(0).value();
        var b = p.get(1).value();
        var c = p.get(2).value();
        var d = p.get(3).value();
        var e = p.get(4).value();
        var f = p.get(5).value();
        assertThat(metrics.links())
                .containsExactlyInAnyOrder(
                        new NetworkMetrics.Link(a, b, 3.0, true),
                        new NetworkMetrics.Link(a, c, 0.5, false),
                        new NetworkMetrics.Link(d, e, 2.0, false));
        assertThat(metrics.density()).isCloseTo(0.2, within(1e-9));
        assertThat(metrics.degree(a).degree()).isEqualTo(2);
        assertThat(metrics.degree(a).centrality()).isCloseTo(0.4, within(1e-9));
        assertThat(metrics.degree(a).strength()).isCloseTo(3.5, within(1e-9));
        assertThat(metrics.centralisation()).isCloseTo(0.3, within(1e-9));
        assertThat(metrics.isolates()).containsExactly(f);

        assertThat(row(results, a).trust()).isEqualTo(new Scores.Aggregate(1, 1.0));
        assertThat(row(results, c).trust().mean()).isCloseTo(3.5, within(1e-9));
        assertThat(row(results, c).value().mean()).isCloseTo(4.0, within(1e-9));
        assertThat(row(results, d).trust().mean()).isCloseTo(4.0, within(1e-9));
        assertThat(row(results, f).trust().answers()).isZero();
        assertThat(results.trust().answers()).isEqualTo(3);
        assertThat(results.trust().mean()).isCloseTo(35.0 / 12, within(1e-9));
        assertThat(results.value().answers()).isEqualTo(3);
        assertThat(results.value().mean()).isCloseTo(7.0 / 3, within(1e-9));

        var purpose = factor(results, CollaborationFactor.Group.PURPOSE);
        assertThat(purpose.aggregate().answers()).isEqualTo(3);
        assertThat(purpose.aggregate().mean()).isCloseTo(7.0 / 3, within(1e-9));
        assertThat(statement(purpose, CollaborationFactor.PURPOSE_CLEAR_GOALS)).isEqualTo(new Scores.Aggregate(2, 3.5));
        assertThat(statement(purpose, CollaborationFactor.PURPOSE_FAMILIES)).isEqualTo(new Scores.Aggregate(2, 2.0));
        assertThat(factor(results, CollaborationFactor.Group.RESOURCES).aggregate())
                .isEqualTo(new Scores.Aggregate(1, 5.0));

        var t = results.thermometer();
        assertThat(t.count()).isEqualTo(4);
        assertThat(t.median()).isEqualTo(7.5);
        assertThat(t.low()).isEqualTo(-2);
        assertThat(t.high()).isEqualTo(12);
        assertThat(t.bands()).extracting(Thermometer.Band::count).containsExactly(1, 0, 1, 2, 0);
        assertThat(results.history())
                .extracting(h -> h.round().title(), h -> h.thermometer().median())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Najaar", 12.0),
                        org.assertj.core.groups.Tuple.tuple("Voorjaar", 7.5));
        assertThat(results.previous().id()).isEqualTo(before);
        assertThat(results.cooled())
                .extracting(Thermometer.Cooled::partner, Thermometer.Cooled::before, Thermometer.Cooled::now)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 15, 10));
        assertThat(results.completion().submitted()).isEqualTo(4);
        assertThat(results.completion().invited()).isEqualTo(6);
    }

    @Test
    void anotherNetworkFindsNeitherTheRoundNorItsFigures() {
        var w = new SurveyWorld(networks, accounts, partners, rounds, surveys, 3);
        var round = w.round("Eigen", LocalDate.now());
        hand(w, round, 0, 10, Map.of(w.partners.get(1), link(CollaborationFrequency.REGULARLY, 4, 4, 4, 4)), Map.of());
        var fixtures = new TestNetworks(networks, accounts, partners);
        var stranger = fixtures.member(fixtures.network("vreemd").id(), NetworkRole.COORDINATOR);

        assertThatThrownBy(() -> surveys.results(stranger, round)).isInstanceOf(NotFoundException.class);
        assertThat(surveys.rounds(stranger)).isEmpty();
        assertThat(surveys.results(w.coordinator, round).map().metrics().links())
                .hasSize(1);
    }

    private static void hand(
            SurveyWorld w,
            RoundId round,
            int i,
            int temperature,
            Map<PartnerId, CollaborationLink> links,
            Map<CollaborationFactor, Integer> factors) {
        w.answerWith(round, i, new CollaborationAnswers(temperature, null, links, factors));
    }

    private static CollaborationLink link(
            CollaborationFrequency frequency, Integer reliable, Integer open, Integer mission, int value) {
        return new CollaborationLink(frequency, reliable, open, mission, value, value, value);
    }

    private static SurveyResults.PartnerRow row(SurveyResults results, java.util.UUID partner) {
        return results.partners().stream()
                .filter(r -> r.id().equals(partner))
                .findFirst()
                .orElseThrow();
    }

    private static SurveyResults.FactorScore factor(SurveyResults results, CollaborationFactor.Group group) {
        return results.factors().stream()
                .filter(s -> s.group() == group)
                .findFirst()
                .orElseThrow();
    }

    private static Scores.Aggregate statement(SurveyResults.FactorScore group, CollaborationFactor factor) {
        return group.statements().stream()
                .filter(s -> s.factor() == factor)
                .findFirst()
                .orElseThrow()
                .aggregate();
    }
}
