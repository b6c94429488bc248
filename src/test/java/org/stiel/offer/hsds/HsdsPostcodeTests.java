package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.Partners;

/**
 * The HSDS API's postcode filter knows every real Belgian postcode: a proximity counts from the postcode's point in
 * the network module's reference places (9030 Mariakerke's point lies 3.7 km from the location below, in 9000 Gent; 2000 Antwerpen's 51 km).
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsPostcodeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    NetworkView network;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("hsds-postcode");
        var form = TestNetworks.form(TestNetworks.unique("Opvoedingswinkel"), "Vragen over opvoeden.");
        var location = form.getLocations().getFirst();
        location.setStreet("Korenmarkt 1");
        location.setPostcode("9000");
        location.setCity("Gent");
        location.setLatitude(51.0545);
        location.setLongitude(3.7213);
        var partner = partners.create(Actor.system(network.id(), "Test"), form);
        var offer = TestOffers.weekly(
                TestNetworks.unique("Spreekuur"), LocalDate.now().plusDays(3));
        offer.setLocationIds(
                List.of(offers.locationsOf(network.id(), partner).getFirst().id()));
        offers.register(Actor.system(network.id(), "Test"), partner, offer);
    }

    int found(String query) throws Exception {
        var body = mvc.perform(get("/api/hsds/service_at_locations?network=" + network.slug() + "&" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        body.setCharacterEncoding("UTF-8");
        JsonNode page = HsdsSchemas.parse(body.getContentAsString());
        HsdsSchemas.assertValidPage("compiled/service_at_location_list.json", page);
        return page.path("contents").size();
    }

    @Test
    void aRealPostcodeWithAProximityFindsTheLocationsAround() throws Exception {
        assertThat(found("postcode=9030&proximity=4000")).isEqualTo(1);
        assertThat(found("postcode=9030&proximity=3000")).isZero();
        assertThat(found("postcode=9040&proximity=3000")).isEqualTo(1);
        assertThat(found("postcode=2000&proximity=45000")).isZero();
        assertThat(found("postcode=2000&proximity=60000")).isEqualTo(1);
    }

    @Test
    void aPostcodeAloneFindsTheLocationsInIt() throws Exception {
        assertThat(found("postcode=9000")).isEqualTo(1);
        assertThat(found("postcode=9030")).isZero();
    }

    @Test
    void anUnknownPostcodeFindsNothing() throws Exception {
        assertThat(found("postcode=0001&proximity=100000")).isZero();
    }
}
