package org.stiel.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Actor;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;

@StielTest
class PartnersTests {

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Test
    void storesAPartnerWithItsLocationsAndFindsItByDutchFullText() {
        NetworkId network = network("zoetwater");
        var form = partner("Speelotheek Zoetwater", "Wij lenen speelgoed uit aan gezinnen met jonge kinderen.");
        var id = partners.create(Actor.system(network, "Test"), form);

        var view = partners.get(network, id);
        assertThat(view.lifeDomains()).containsExactlyInAnyOrder(LifeDomain.LEISURE, LifeDomain.MEETING_OTHERS);
        assertThat(view.locations())
                .singleElement()
                .extracting(PartnerView.Location::postcode)
                .isEqualTo("9990");

        // "kinderen" is stemmed: "kind" finds it
        assertThat(partners.search(network, new PartnerSearch("kind", null, null, null, null)))
                .extracting(PartnerSummary::name)
                .containsExactly("Speelotheek Zoetwater");
        assertThat(partners.search(network, new PartnerSearch(null, LifeDomain.HOUSING, null, null, null)))
                .isEmpty();
    }

    @Test
    void anotherNetworkDoesNotSeeThePartner() {
        NetworkId mine = network("zoutwater");
        NetworkId other = network("brakwater");
        var id = partners.create(Actor.system(mine, "Test"), partner("Kinderopvang Zout", "Opvang"));

        assertThat(partners.find(other, id)).isEmpty();
        assertThat(partners.search(other, PartnerSearch.all())).isEmpty();
    }

    @Test
    void coverageCountsPartnersPerLifeDomainAndMunicipality() {
        NetworkId network = network("regenwater");
        partners.create(Actor.system(network, "Test"), partner("Ontmoetingshuis Regen", "Ontmoeting"));

        var coverage = partners.coverage(network);
        var meeting = coverage.rows().stream()
                .filter(r -> r.lifeDomain() == LifeDomain.MEETING_OTHERS)
                .findFirst()
                .orElseThrow();
        assertThat(meeting.counts()).containsExactly(1, 0);
        assertThat(coverage.gaps()).isEqualTo(2 * LifeDomain.values().length - 2);
    }

    private NetworkId network(String slug) {
        var form = new NetworkForm();
        form.setName("Huis van het Kind " + slug);
        form.setSlug(slug + "-" + System.nanoTime());
        form.setMunicipalities(List.of(
                new NetworkForm.MunicipalityForm("Eerste", "9990, 9991"),
                new NetworkForm.MunicipalityForm("Tweede", "9992")));
        return networks.create(form);
    }

    static PartnerForm partner(String name, String description) {
        return TestNetworks.form(name, description);
    }
}
