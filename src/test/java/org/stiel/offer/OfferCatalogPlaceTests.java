package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.InventedPlace;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/**
 * The families' search by place: a postcode, a municipality's name (accents and case aside), a distance from either,
 * and online offers, which are found from every place. Written with the benchmark's rewrites of the place filter (the
 * offers of the place's locations as one set of ids beside the online ones, instead of a lookup per offer), which must
 * find exactly what the lookup found.
 */
@StielTest
class OfferCatalogPlaceTests {

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

    static final LocalDate TODAY = LocalDate.now(StielTime.ZONE);

    TestNetworks fixtures;
    NetworkView network;
    PartnerId partner;
    String word;

    @BeforeEach
    void fixture() {
        // the test partner's location: Dorpsstraat 1, 9990 Eerste, without coordinates: the point of the real 9990
        // (Maldegem, 51.226 N 3.415 E) counts; two invented places at known distances from it
        places.defineInvented(new InventedPlace(
                "99971", "Dichtbij", List.of(new InventedPlace.Postcode("9996", "Dichtbij", 51.246, 3.435))));
        places.defineInvented(new InventedPlace(
                "99972", "Verweg", List.of(new InventedPlace.Postcode("9997", "Verweg", 50.850, 4.050))));
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("place");
        partner = fixtures.partner(network.id(), TestNetworks.unique("Gezinspunt"), "Test");
        word = "plaatszoeker" + System.nanoTime();
    }

    void add(String name, Consumer<OfferForm> change) {
        var form = TestOffers.weekly(name, TODAY.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)));
        form.setDescription("Een test " + word + ".");
        form.setLocationIds(
                List.of(offers.locationsOf(network.id(), partner).getFirst().id()));
        change.accept(form);
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
    void aPostcodeOrAMunicipalityFindsTheOffersThere() {
        add("Ter plaatse", form -> {});
        assertThat(names("9990", null)).containsExactly("Ter plaatse");
        assertThat(names("eerste", null)).containsExactly("Ter plaatse");
        assertThat(names("ÉÉRSTE", null)).containsExactly("Ter plaatse");
        assertThat(names("9996", null)).isEmpty();
        assertThat(names("Dichtbij", null)).isEmpty();
    }

    @Test
    void aDistanceCountsFromThePlaceTyped() {
        add("Ter plaatse", form -> {});
        assertThat(names("9996", 5)).containsExactly("Ter plaatse");
        assertThat(names("Dichtbij", 5)).containsExactly("Ter plaatse");
        assertThat(names("9996", 1)).isEmpty();
        assertThat(names("Verweg", 10)).isEmpty();
        assertThat(names("Verweg", 80)).containsExactly("Ter plaatse");
    }

    @Test
    void onlineOffersAreFoundFromEveryPlace() {
        add("Ter plaatse", form -> {});
        add("Online", form -> {
            form.setOnline(true);
            form.setOnlineUrl("https://example.org/online");
            form.setLocationIds(List.of());
        });
        assertThat(names("Verweg", 10)).containsExactly("Online");
        assertThat(names("9990", null)).containsExactlyInAnyOrder("Online", "Ter plaatse");
        assertThat(names("Verweg", null)).containsExactly("Online");
    }

    @Test
    void aPlaceThePartnerNoLongerHasFindsTheOfferNoMore() {
        add("Ter plaatse", form -> {});
        assertThat(names("9990", null)).containsExactly("Ter plaatse");
        var moved = partners.form(network.id(), partner);
        moved.getLocations().getFirst().setPostcode("9996");
        moved.getLocations().getFirst().setCity("Dichtbij");
        partners.update(fixtures.member(network.id(), NetworkRole.COORDINATOR), partner, moved);

        // the offer named the old location; the partner's new address is not the offer's until the offer says so
        assertThat(names("9990", null)).isEmpty();
        assertThat(names("Eerste", null)).isEmpty();
        assertThat(names("9990", 5)).isEmpty();
        assertThat(names("9996", null)).isEmpty();
    }
}
