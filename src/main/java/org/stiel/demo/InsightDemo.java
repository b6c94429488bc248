package org.stiel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Actor;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureForm;
import org.stiel.insight.Indicator;
import org.stiel.insight.IndicatorForm;
import org.stiel.insight.Indicators;
import org.stiel.insight.PeriodKind;
import org.stiel.network.NetworkId;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Five years of invented context figures for the demo municipalities (every built-in indicator, and one own
 * indicator in Scheldeveld), entered through the insight API as a coordinator would, with "Verzonnen voor de demo" as
 * their source. Hazelbeke, Oeverzele and Kreekhoven are the places with many young children and high deprivation.
 * Figures go to the municipalities the network knows by these NIS codes; a municipality without one gets none.
 */
@Component
@Order(70)
class InsightDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(InsightDemo.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ContextFigures figures;
    private final Indicators indicators;

    InsightDemo(ContextFigures figures, Indicators indicators) {
        this.figures = figures;
        this.indicators = indicators;
    }

    record File(
            String comment,
            String source,
            String licence,
            List<Integer> years,
            List<String> shared,
            List<DemoNetwork> networks) {}

    record DemoNetwork(String network, List<DemoMunicipality> municipalities, List<DemoOwn> own) {}

    /** @param figures per indicator code, one value per year of the file */
    record DemoMunicipality(String nisCode, String name, Map<String, List<BigDecimal>> figures) {}

    /** @param figures per NIS code, one value per year of the file */
    record DemoOwn(String name, String definition, Indicator.Unit unit, Map<String, List<BigDecimal>> figures) {}

    @Override
    public void load(Loaded demo) {
        var file = read();
        for (var network : file.networks()) {
            load(demo.network(network.network()), network, file);
        }
    }

    /** One network's figures; its municipalities' codes decide which of the file's places it gets. */
    void load(NetworkId network, DemoNetwork data, File file) {
        var actor = DemoLoader.system(network);
        var known = figures.municipalities(actor).keySet();
        int count = 0;
        for (var municipality : data.municipalities()) {
            if (!known.contains(municipality.nisCode())) {
                continue;
            }
            for (var indicator : municipality.figures().entrySet()) {
                count += enter(actor, file, indicator.getKey(), municipality.nisCode(), indicator.getValue());
            }
        }
        for (var own : data.own() == null ? List.<DemoOwn>of() : data.own()) {
            String code = indicators.create(actor, new IndicatorForm(own.name(), own.definition(), own.unit()));
            for (var place : own.figures().entrySet()) {
                if (known.contains(place.getKey())) {
                    count += enter(actor, file, code, place.getKey(), place.getValue());
                }
            }
        }
        for (var code : file.shared()) {
            indicators.share(actor, code, true);
        }
        log.info("Demo: {} context figures for {}", count, data.network());
    }

    private int enter(Actor actor, File file, String indicator, String nisCode, List<BigDecimal> values) {
        if (values.size() != file.years().size()) {
            throw new IllegalStateException("Demo figures of " + indicator + " in " + nisCode + " miss a year");
        }
        for (int i = 0; i < values.size(); i++) {
            figures.enter(
                    actor,
                    new FigureForm(
                            indicator,
                            nisCode,
                            PeriodKind.YEAR,
                            file.years().get(i),
                            null,
                            values.get(i),
                            null,
                            null,
                            file.source(),
                            null,
                            file.licence()));
        }
        return values.size();
    }

    static File read() {
        try (InputStream in = new ClassPathResource("demo/insight.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/insight.json", e);
        }
    }
}
