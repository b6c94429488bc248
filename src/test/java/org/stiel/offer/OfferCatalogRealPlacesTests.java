package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.network.InventedPlace;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.partners.LocationForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/**
 * A real family's search by place: every Belgian postcode, a municipality's name and a place's name (a former
 * municipality such as Sint-Amandsberg) are known from the network module's reference places, and so is a place the
 * demo or a test invents. Distances between the real postcodes' points (bpost's list): 9000 Gent to 9030 Mariakerke
 * 4.5 km, to 9040 Sint-Amandsberg 3.5 km, to 8000 Brugge 40 km, to 2000 Antwerpen 52 km, to 3000 Leuven 71 km.
 */
@StielTest
class OfferCatalogRealPlacesTests {

    @Autowired
    OfferCatalog catalog;

    @Autowired
    Offers offers;

    @Autowired
    Places places;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    NetworkView network;
    PartnerId partner;
    String word;

    @BeforeEach
    void fixture() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("real-places");
        // two addresses as families write them: the municipality's postcode, and a former municipality's postcode
        // with the municipality's name; neither with coordinates, so their postcodes' points count
        var form = TestNetworks.form(TestNetworks.unique("Gezinspunt"), "Test");
        var centre = form.getLocations().getFirst();
        centre.setStreet("Korenmarkt 1");
        centre.setPostcode("9000");
        centre.setCity("Gent");
        var east = new LocationForm();
        east.setStreet("Antwerpsesteenweg 10");
        east.setPostcode("9040");
        east.setCity("Gent");
        form.getLocations().add(east);
        partner = partners.create(Actor.system(network.id(), "Test"), form);
        word = "echteplaats" + System.nanoTime();
    }

    void add(String name, int location) {
        var form =
                TestOffers.weekly(name, LocalDate.now(StielTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)));
        form.setDescription("Een test " + word + ".");
        form.setLocationIds(
                List.of(offers.locationsOf(network.id(), partner).get(location).id()));
        offers.register(Actor.system(network.id(), "Test"), partner, form);
    }

    List<String> names(String place, Integer km) {
        var query = new OfferQuery(
                word, network.slug(), null, null, false, place, km, null, false, false, null, null, null, null, 1);
        return catalog.search(query).offers().stream()
                .map(PublicOfferSummary::name)
                .toList();
    }

    @Test
    void aRealPostcodeOrMunicipalityFindsTheOffersThere() {
        add("In het centrum", 0);
        add("In Sint-Amandsberg", 1);
        assertThat(names("9000", null)).containsExactly("In het centrum");
        assertThat(names("9040", null)).containsExactly("In Sint-Amandsberg");
        // the municipality by name, accents and case aside: all of its postcodes
        assertThat(names("Gent", null)).containsExactlyInAnyOrder("In het centrum", "In Sint-Amandsberg");
        assertThat(names("gent", null)).containsExactlyInAnyOrder("In het centrum", "In Sint-Amandsberg");
        assertThat(names("GÉNT", null)).containsExactlyInAnyOrder("In het centrum", "In Sint-Amandsberg");
        // a place within a municipality: its own postcode, though the address says "Gent"
        assertThat(names("Sint-Amandsberg", null)).containsExactly("In Sint-Amandsberg");
        assertThat(names("sint-amandsberg", null)).containsExactly("In Sint-Amandsberg");
        assertThat(names("9030", null)).isEmpty();
        assertThat(names("Mariakerke", null)).isEmpty();
        assertThat(names("Leuven", null)).isEmpty();
    }

    @Test
    void aDistanceCountsFromTheRealPostcodesPoints() {
        add("In het centrum", 0);
        assertThat(names("9030", 5)).containsExactly("In het centrum");
        assertThat(names("9030", 4)).isEmpty();
        assertThat(names("Mariakerke", 5)).containsExactly("In het centrum");
        assertThat(names("Sint-Amandsberg", 4)).containsExactly("In het centrum");
        assertThat(names("Sint-Amandsberg", 3)).isEmpty();
        assertThat(names("8000", 45)).containsExactly("In het centrum");
        assertThat(names("8000", 35)).isEmpty();
        assertThat(names("2000", 45)).isEmpty();
        assertThat(names("2000", 55)).containsExactly("In het centrum");
        assertThat(names("Leuven", 60)).isEmpty();
        assertThat(names("3000", 75)).containsExactly("In het centrum");
        // from the middle of all of Gent's postcodes, 2.4 km from 9000's point
        assertThat(names("Gent", 3)).containsExactly("In het centrum");
        assertThat(names("Gent", 1)).isEmpty();
    }

    @Test
    void anInventedPlaceIsKnownAsWellAsTheRealOnes() {
        // invented postcodes lie outside bpost's list; this one's point is 1.5 km from 9000's
        places.defineInvented(new InventedPlace(
                "99973", "Proefdonk", List.of(new InventedPlace.Postcode("9998", "Proefdonk", 51.050, 3.730))));
        add("In het centrum", 0);
        assertThat(names("9998", 2)).containsExactly("In het centrum");
        assertThat(names("Proefdonk", 2)).containsExactly("In het centrum");
        assertThat(names("Proefdonk", 1)).isEmpty();
        assertThat(names("Proefdonk", null)).isEmpty();
    }

    @Test
    void anUnknownPlaceFindsNothing() {
        add("In het centrum", 0);
        assertThat(names("Nergenshuizen", null)).isEmpty();
        assertThat(names("Nergenshuizen", 100)).isEmpty();
        assertThat(names("0001", 100)).isEmpty();
    }
}
