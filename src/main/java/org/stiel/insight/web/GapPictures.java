package org.stiel.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.insight.GapMunicipality;
import org.stiel.insight.internal.ColourScale;
import org.stiel.insight.internal.GapMap;
import org.stiel.insight.internal.GapTexts;
import org.stiel.insight.internal.HeatMap;
import org.stiel.network.LifeDomain;

/**
 * The gap page's pictures from the network's cells: the map for one domain and band (circles sized by the children,
 * coloured by offers per 1 000 children against the network's rate) and the heat map domain × municipality (how
 * many of the four bands are gaps). The page shows the same numbers in the tables beside them.
 */
final class GapPictures {

    private GapPictures() {}

    /** The cells of the map: one per municipality, for the domain and band. */
    static List<Gap> mapCells(List<Gap> cells, LifeDomain domain, AgeBand band) {
        return cells.stream()
                .filter(c -> c.key().domain() == domain && c.key().band() == band)
                .toList();
    }

    static String map(
            List<Gap> mapCells,
            List<GapMunicipality> municipalities,
            LifeDomain domain,
            AgeBand band,
            GapTexts texts,
            Locale locale) {
        List<GapMap.MapPoint> points = new ArrayList<>();
        Double rate = null;
        for (var cell : mapCells) {
            rate = cell.networkOffersPer1000();
            var place = municipalities.stream()
                    .filter(m -> m.nisCode().equals(cell.key().nisCode()))
                    .findFirst();
            if (place.isEmpty() || place.get().latitude() == null || place.get().longitude() == null) {
                continue;
            }
            points.add(new GapMap.MapPoint(
                    cell.key().nisCode(),
                    cell.municipality(),
                    place.get().latitude(),
                    place.get().longitude(),
                    cell.children() == null ? 0 : cell.children(),
                    cell.offersPer1000(),
                    texts.msg(
                            "gaps.map.point",
                            locale,
                            cell.municipality(),
                            GapTexts.number(cell.children(), locale),
                            cell.offers(),
                            GapTexts.number(cell.offersPer1000(), locale))));
        }
        var scale = rate != null && rate > 0 ? ColourScale.supply(rate / 2, rate) : ColourScale.supply(1);
        String what = texts.domain(domain, locale) + ", " + texts.band(band, locale);
        var labels = new GapMap.MapLabels(
                texts.msg("gaps.map.title", locale, what),
                texts.msg("gaps.map.description", locale, what),
                texts.msg("gaps.map.supplyLegend", locale),
                texts.msg("gaps.map.noSupply", locale),
                texts.msg("gaps.map.sizeLegend", locale));
        return GapMap.render(points, scale, labels, locale, "gap-map");
    }

    static String heatMap(GapTables tables, GapTexts texts, Locale locale) {
        var columns = tables.municipalities().stream()
                .map(GapTables.MunicipalityRow::name)
                .toList();
        List<HeatMap.Row> rows = new ArrayList<>();
        for (var row : tables.matrix()) {
            List<HeatMap.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.gaps().size(); i++) {
                int n = row.gaps().get(i);
                cells.add(new HeatMap.Cell(
                        (double) n,
                        texts.msg("gaps.heat.cell", locale, texts.domain(row.domain(), locale), columns.get(i), n)));
            }
            rows.add(new HeatMap.Row(texts.domain(row.domain(), locale), cells));
        }
        var labels = new HeatMap.HeatLabels(
                texts.msg("gaps.matrix", locale),
                texts.msg("gaps.matrix.intro", locale),
                texts.msg("gaps.heat.legend", locale),
                texts.msg("gaps.map.noSupply", locale));
        return HeatMap.render(columns, rows, ColourScale.need(1, 2, 3), labels, locale, "gap-heat-map");
    }
}
