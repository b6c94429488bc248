package org.stiel.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.insight.GapMunicipality;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.platform.csv.CsvWriter;
import org.stiel.platform.pdf.PdfRenderer;
import org.stiel.platform.xlsx.XlsxWriter;

/**
 * The gaps as a CSV and an XLSX (one row per gap, the same columns in both), and a one-page PDF per municipality with
 * its figures, its supply per domain and band, and its gaps.
 */
@Component
public class GapExports {

    /** The columns of both tables; the machine-readable codes first, then the figures, then the sentence. */
    static final List<String> COLUMNS = List.of(
            "nis_code",
            "municipality",
            "life_domain",
            "age_band",
            "children",
            "deprivation_percent",
            "universal_offers",
            "extra_offers",
            "places",
            "sessions_3_months",
            "nearest_km",
            "stale_offers",
            "declined_capacity",
            "declined_no_fit",
            "declined_waiting",
            "offers_per_1000",
            "places_per_1000",
            "sessions_per_1000",
            "network_offers_per_1000",
            "reasons",
            "score",
            "why",
            "note");

    private final GapTexts texts;
    private final PdfRenderer pdf;
    private final GapQueries queries;

    GapExports(GapTexts texts, PdfRenderer pdf, GapQueries queries) {
        this.texts = texts;
        this.pdf = pdf;
        this.queries = queries;
    }

    public byte[] csv(List<Gap> gaps, Locale locale) {
        var out = new StringWriter();
        // notes and names are typed by people: the writer keeps them from being read as formulas
        try (var csv = CsvWriter.rfc4180(out, COLUMNS)) {
            for (var gap : gaps) {
                csv.row(cells(gap, locale));
            }
        }
        // a byte order mark, so that spreadsheet programs read the accents right
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(List<Gap> gaps, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var xlsx = XlsxWriter.to(out)) {
            xlsx.sheet("gaps", COLUMNS);
            for (var gap : gaps) {
                xlsx.row(cells(gap, locale));
            }
        }
        return out.toByteArray();
    }

    /** One page on one municipality: its latest figures, its supply by domain and band, its gaps by score. */
    public byte[] municipalityPdf(NetworkId network, GapMunicipality municipality, List<Gap> cells, Locale locale) {
        Map<LifeDomain, Map<AgeBand, Gap>> supply = new LinkedHashMap<>();
        for (var cell : cells) {
            supply.computeIfAbsent(cell.key().domain(), d -> new LinkedHashMap<>())
                    .put(cell.key().band(), cell);
        }
        var gaps = cells.stream()
                .filter(Gap::isGap)
                .sorted(Comparator.comparingDouble(Gap::score).reversed())
                .limit(8)
                .map(g -> texts.why(g, locale))
                .toList();
        return pdf.render(
                "insight/gap-pdf",
                locale,
                Map.of(
                        "municipality",
                        municipality,
                        "figures",
                        queries.latestFigures(network, municipality.nisCode()),
                        "supply",
                        supply,
                        "bands",
                        AgeBand.values(),
                        "gaps",
                        gaps,
                        "gapCount",
                        cells.stream().filter(Gap::isGap).count()));
    }

    private List<Object> cells(Gap g, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(g.key().nisCode());
        cells.add(g.municipality());
        cells.add(g.key().domain().name());
        cells.add(g.key().band().name());
        cells.add(g.children());
        cells.add(g.deprivation());
        cells.add(g.universalOffers());
        cells.add(g.extraOffers());
        cells.add(g.places());
        cells.add(g.sessions());
        cells.add(round(g.nearestKm()));
        cells.add(g.staleOffers());
        cells.add(g.declinedCapacity());
        cells.add(g.declinedNoFit());
        cells.add(g.declinedWaiting());
        cells.add(round(g.offersPer1000()));
        cells.add(round(g.placesPer1000()));
        cells.add(round(g.sessionsPer1000()));
        cells.add(round(g.networkOffersPer1000()));
        cells.add(String.join(" ", g.reasons().stream().map(Enum::name).toList()));
        cells.add(g.score());
        cells.add(g.isGap() ? texts.why(g, locale) : null);
        cells.add(g.note());
        return cells;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
