package org.stiel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Actor;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureView;
import org.stiel.insight.Indicator;
import org.stiel.insight.IndicatorView;
import org.stiel.insight.Indicators;
import org.stiel.insight.LatestFigure;
import org.stiel.network.InventedPlace;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.network.Places;

/**
 * The demo's context figures: five invented years of every built-in indicator for each demo municipality, loaded
 * through the insight API into a network of this test's own that has Scheldeveld's municipalities and codes.
 */
@StielTest
class InsightDemoTests {

    @Autowired
    InsightDemo demo;

    @Autowired
    ContextFigures figures;

    @Autowired
    Indicators indicators;

    @Autowired
    Networks networks;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoMunicipalityHasFiveYearsOfEveryBuiltInIndicator() {
        var file = InsightDemo.read();
        assertThat(file.years()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(file.source()).isEqualTo("Verzonnen voor de demo");
        assertThat(file.networks())
                .flatExtracting(InsightDemo.DemoNetwork::municipalities)
                .extracting(InsightDemo.DemoMunicipality::nisCode)
                .containsExactly("99001", "99002", "99003", "99004", "99005", "99006", "99011", "99012", "99013");
        for (var network : file.networks()) {
            for (var municipality : network.municipalities()) {
                assertThat(municipality.figures().keySet())
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Indicator.values())
                                .map(Indicator::code)
                                .toList());
                assertThat(municipality.figures().values())
                        .allSatisfy(values -> assertThat(values).hasSize(5));
            }
        }
    }

    @Test
    void atLeastThreePlacesHaveManyYoungChildrenAndHighDeprivation() {
        var needy = InsightDemo.read().networks().stream()
                .flatMap(n -> n.municipalities().stream())
                .filter(m -> last(m.figures().get("DEPRIVATION_INDEX")).compareTo(new BigDecimal(15)) >= 0
                        && last(m.figures().get("CHILDREN_0_2")).intValue() >= 250)
                .map(InsightDemo.DemoMunicipality::name)
                .toList();

        assertThat(needy).contains("Hazelbeke", "Oeverzele", "Kreekhoven");
    }

    @Test
    void loadsThroughTheApiWithTheInventedSourceAndSharesSome() {
        var file = InsightDemo.read();
        var scheldeveld = file.networks().getFirst();
        NetworkId network = networkLike(scheldeveld);

        demo.load(network, scheldeveld, file);

        var reader = Actor.system(network, "Test");
        assertThat(figures.latest(network, Indicator.CHILDREN_0_2))
                .filteredOn(l -> l.nisCode().equals("99005"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.period().label()).isEqualTo("2025");
                    assertThat(l.value()).isEqualByComparingTo("412");
                });
        assertThat(figures.latest(network, Indicator.DEPRIVATION_INDEX))
                .extracting(LatestFigure::nisCode)
                .hasSize(6);
        List<FigureView> trend = figures.trend(reader, "DEPRIVATION_INDEX", "99005");
        assertThat(trend).hasSize(5).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo("Verzonnen voor de demo");
            assertThat(f.enteredBy()).isNull();
        });
        assertThat(trend.getLast().value()).isEqualByComparingTo("18.0");
        assertThat(indicators.visible(reader))
                .filteredOn(IndicatorView::shared)
                .extracting(IndicatorView::code)
                .containsExactlyInAnyOrder("CHILDREN_0_2", "CHILDREN_3_5", "BIRTHS");
        assertThat(figures.trend(reader, "own-wachtlijst-kinderopvang", "99005"))
                .hasSize(5);
    }

    /** A network with the demo network's municipalities under their invented codes (made here when still missing). */
    private NetworkId networkLike(InsightDemo.DemoNetwork data) {
        var form = new NetworkForm();
        String slug = TestNetworks.slug("insight-demo");
        form.setName("Huis van het Kind " + slug);
        form.setSlug(slug);
        form.setMunicipalities(data.municipalities().stream()
                .map(m -> new NetworkForm.MunicipalityForm(m.name(), "9990"))
                .toList());
        var network = networks.create(form);
        for (var municipality : data.municipalities()) {
            if (places.find(municipality.nisCode()).isEmpty()) {
                places.defineInvented(new InventedPlace(municipality.nisCode(), municipality.name(), List.of()));
            }
            jdbc.sql("update municipality set nis_code = ? where network_id = ? and name = ?")
                    .params(municipality.nisCode(), network.value(), municipality.name())
                    .update();
        }
        return network;
    }

    private static BigDecimal last(List<BigDecimal> values) {
        return values.getLast();
    }
}
