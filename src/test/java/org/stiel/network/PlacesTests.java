package org.stiel.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.platform.RuleViolation;

/** The reference list of places as V29/V30 load it and as {@link Places} answers from it. */
@StielTest
class PlacesTests {

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoadHoldsEveryFlemishMunicipalityOf2025AndEveryBelgianPostcode() {
        assertThat(count("select count(*) from place_municipality where not invented"))
                .isEqualTo(285);
        assertThat(count("select count(*) from place_postcode where nis_code not like '99%'"))
                .isEqualTo(2757);
        assertThat(count("select count(*) from place_municipality where not invented and latitude is null"))
                .as("every real municipality has a centre for the map and distances")
                .isZero();
        // five provinces, none of Brussels or Wallonia among the municipalities
        assertThat(jdbc.sql("select distinct province_nl from place_municipality where not invented order by 1")
                        .query(String.class)
                        .list())
                .containsExactly("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen");
    }

    @Test
    void aMergedMunicipalityKnowsTheCodesItWasMergedFrom() {
        var antwerpen = places.find("11002").orElseThrow();

        assertThat(antwerpen.name()).isEqualTo("Antwerpen");
        assertThat(antwerpen.mergedFrom()).containsExactlyInAnyOrder("11002", "11007");
        assertThat(antwerpen.province()).isEqualTo("Antwerpen");
        assertThat(antwerpen.postcodes()).contains("2000", "2018", "2100");
        assertThat(antwerpen.latitude()).isBetween(51.1, 51.3);
        assertThat(antwerpen.longitude()).isBetween(4.3, 4.5);
        assertThat(antwerpen.invented()).isFalse();
    }

    @Test
    void searchFindsANameByItsBeginningOrAPartOfItWithoutMindingAccentsOrCase() {
        // names that begin with the words come before names that only contain them
        assertThat(names(places.search("lieve", 10))).containsExactly("Lievegem", "Sint-Lievens-Houtem");
        assertThat(names(places.search("LIÉVEGEM", 10))).containsExactly("Lievegem");
        assertThat(names(places.search("pinte", 10))).contains("Nazareth-De Pinte");
        assertThat(names(places.search("gent", 10))).first().isEqualTo("Gent");
    }

    @Test
    void searchFindsAMunicipalityByItsPostcodeOrThePostcodesFirstDigits() {
        assertThat(names(places.search("9000", 10))).containsExactly("Gent");
        assertThat(names(places.search("9030", 10))).containsExactly("Gent");
        assertThat(places.search("99", 50))
                .as("a postcode's first digits")
                .extracting(Place::postcodes)
                .allSatisfy(codes -> assertThat(codes).anyMatch(c -> c.startsWith("99")));
        assertThat(places.search("", 10)).isEmpty();
        assertThat(places.search("gent", 1)).hasSize(1);
    }

    @Test
    void theCurrentCodeOfAMergedMunicipalityIsTheNewOnes() {
        assertThat(places.currentCode("44012")).contains("44086");
        assertThat(places.find("44086").orElseThrow().name()).isEqualTo("Nazareth-De Pinte");
        assertThat(places.currentCode("44021")).as("an unchanged municipality").contains("44021");
        assertThat(places.currentCode("11007")).as("merged into Antwerpen").contains("11002");
        assertThat(places.currentCode("12345")).isEmpty();
    }

    @Test
    void anInventedPlaceGetsItsPostcodesAndTheMiddleOfTheirPoints() {
        places.defineInvented(new InventedPlace(
                "99977",
                "Testveld",
                List.of(
                        new InventedPlace.Postcode("9977", "Testveld", 51.0, 3.0),
                        new InventedPlace.Postcode("9978", "Testveld-Oost", 51.2, 3.2))));

        var place = places.find("99977").orElseThrow();
        assertThat(place.invented()).isTrue();
        assertThat(place.postcodes()).containsExactly("9977", "9978");
        assertThat(place.latitude()).isCloseTo(51.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(names(places.search("9978", 10))).containsExactly("Testveld");
        // real ones come first in a search that finds both
        assertThat(places.search("99", 400)).extracting(Place::invented).isSortedAccordingTo(Boolean::compare);
    }

    @Test
    void anInventedPlaceNeverTakesARealCodeOrARealPostcode() {
        assertThatThrownBy(() -> places.defineInvented(new InventedPlace(
                        "44021", "Nepgent", List.of(new InventedPlace.Postcode("9979", "Nepgent", 51.0, 3.7)))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("places.invented.code");
                    assertThat(v.field()).contains("nisCode");
                });
        assertThatThrownBy(() -> places.defineInvented(new InventedPlace(
                        "99976", "Nepgent", List.of(new InventedPlace.Postcode("9000", "Nepgent", 51.0, 3.7)))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("places.invented.postcode");
                    assertThat(v.arguments()).containsExactly("9000");
                });
        assertThat(places.find("99976")).isEmpty();
        assertThat(places.find("44021").orElseThrow().name()).isEqualTo("Gent");
    }

    @Test
    void theDemosMunicipalitiesAreInventedWithTheirOwnCodesAndPostcodes() {
        var dorenhout = places.find("99006").orElseThrow();
        assertThat(dorenhout.name()).isEqualTo("Dorenhout");
        assertThat(dorenhout.invented()).isTrue();
        assertThat(dorenhout.postcodes()).containsExactly("9951");
        assertThat(places.find("99011").orElseThrow().postcodes()).containsExactly("9962", "9965");
        assertThat(dorenhout.latitude()).isNotNull();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<String> names(List<Place> found) {
        return found.stream().map(Place::name).toList();
    }
}
