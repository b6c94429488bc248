package org.stiel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.insight.GapAnalysis;
import org.stiel.insight.GapFilter;
import org.stiel.insight.GapReason;
import org.stiel.network.LifeDomain;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * What a coordinator sees when trying the demo: Scheldeveld's invented figures, offer and declined referrals make a
 * gap list with real-looking gaps, led by places with many young children and high deprivation.
 */
@StielTest
class DemoGapsTests {

    @Autowired
    GapAnalysis gaps;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void scheldeveldsGapListShowsAtLeastThreeGapsThatSayWhy() {
        var network = networks.findBySlug("scheldeveld").orElseThrow();
        var coordinator = new TestNetworks(networks, accounts, partners).member(network.id(), NetworkRole.COORDINATOR);

        var ranked = gaps.ranked(coordinator, GapFilter.all());

        assertThat(ranked).allMatch(Gap::isGap);
        assertThat(ranked.stream().map(g -> g.key().nisCode()).distinct().count())
                .isGreaterThanOrEqualTo(3);
        // the top of the list is need, not an empty municipality: children counted, and a score to rank by
        assertThat(ranked.subList(0, 3)).allSatisfy(gap -> {
            assertThat(gap.children()).isPositive();
            assertThat(gap.score()).isPositive();
        });
        // Hazelbeke's parenting support: the declines the demo's partners recorded for lack of capacity
        var hazelbeke = gaps.cells(coordinator, new GapFilter("99005", LifeDomain.PARENTING_SUPPORT, AgeBand.TODDLERS))
                .getFirst();
        assertThat(hazelbeke.municipality()).isEqualTo("Hazelbeke");
        assertThat(hazelbeke.children()).isEqualTo(412);
        assertThat(hazelbeke.declinedCapacity()).isGreaterThanOrEqualTo(7);
        assertThat(hazelbeke.reasons()).contains(GapReason.DECLINES);
    }
}
