package org.stiel.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;

/**
 * The coverage matrix against counts worked out by hand, on a network of its own with municipalities "Eerste" (9990,
 * 9991) and "Tweede" (9992).
 */
@StielTest
class CoverageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void countsEachPartnerOncePerLifeDomainAndMunicipality() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("coverage").id();
        // two locations in Eerste: counted once there
        register(network, "Een", EnumSet.of(LifeDomain.LEISURE, LifeDomain.MEETING_OTHERS), "9990", "9991");
        // one location in each municipality
        register(network, "Twee", EnumSet.of(LifeDomain.LEISURE), "9990", "9992");
        // only outside the network's area: in the totals, in no cell
        register(network, "Drie", EnumSet.of(LifeDomain.HEALTH), "1000");
        // no location at all
        register(network, "Vier", EnumSet.of(LifeDomain.EDUCATION, LifeDomain.LEISURE));
        // another network's partner with a location in the same postcode counts there, not here
        NetworkId other = fixtures.network("coverage-other").id();
        register(other, "Vreemd", EnumSet.of(LifeDomain.LEISURE, LifeDomain.HEALTH), "9990");

        Coverage coverage = partners.coverage(network);

        assertThat(coverage.municipalities()).extracting(m -> m.name()).containsExactly("Eerste", "Tweede");
        Map<LifeDomain, Coverage.Row> rows =
                coverage.rows().stream().collect(Collectors.toMap(Coverage.Row::lifeDomain, r -> r));
        assertThat(rows).hasSize(LifeDomain.values().length);
        assertThat(rows.get(LifeDomain.LEISURE).counts()).containsExactly(2, 1);
        assertThat(rows.get(LifeDomain.LEISURE).total()).isEqualTo(3);
        assertThat(rows.get(LifeDomain.MEETING_OTHERS).counts()).containsExactly(1, 0);
        assertThat(rows.get(LifeDomain.MEETING_OTHERS).total()).isEqualTo(1);
        assertThat(rows.get(LifeDomain.HEALTH).counts()).containsExactly(0, 0);
        assertThat(rows.get(LifeDomain.HEALTH).total()).isEqualTo(1);
        assertThat(rows.get(LifeDomain.EDUCATION).counts()).containsExactly(0, 0);
        assertThat(rows.get(LifeDomain.EDUCATION).total()).isEqualTo(1);
        assertThat(rows.get(LifeDomain.HOUSING).counts()).containsExactly(0, 0);
        assertThat(rows.get(LifeDomain.HOUSING).total()).isZero();
        assertThat(coverage.withoutLocation()).isEqualTo(2);
        // 10 domains × 2 municipalities, of which 3 cells count someone
        assertThat(coverage.gaps()).isEqualTo(2L * LifeDomain.values().length - 3);

        assertThat(partners.coverage(other).rows().stream()
                        .filter(r -> r.lifeDomain() == LifeDomain.LEISURE)
                        .findFirst()
                        .orElseThrow()
                        .counts())
                .containsExactly(1, 0);

        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        String html = mvc.perform(get("/partners/coverage").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("2 partners hebben geen locatie", ">2</a>");
    }

    private void register(NetworkId network, String name, EnumSet<LifeDomain> domains, String... postcodes) {
        var form = TestNetworks.form(name, "Voor de dekking");
        form.setLifeDomains(domains);
        var template = form.getLocations().getFirst();
        form.getLocations().clear();
        for (String postcode : List.of(postcodes)) {
            var location = new LocationForm();
            location.setStreet(template.getStreet());
            location.setPostcode(postcode);
            location.setCity("Plaats " + postcode);
            form.getLocations().add(location);
        }
        partners.create(Actor.system(network, "Test"), form);
    }
}
