package org.stiel.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stiel.insight.internal.SvgDocument.child;
import static org.stiel.insight.internal.SvgDocument.number;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The heat map life domain × municipality: a cell per value with its colour, its number and its tooltip; a legend. */
class HeatMapTests {

    static final HeatMap.HeatLabels LABELS = new HeatMap.HeatLabels(
            "Aanbod per levensdomein en gemeente",
            "Aanbod per 1 000 kinderen, per levensdomein (rijen) en gemeente (kolommen).",
            "Aanbod per 1 000 kinderen",
            "Geen cijfer");

    static final List<String> COLUMNS = List.of("Eikelaar", "Hazelbeke", "Oever <&> Zele");

    static final List<HeatMap.Row> ROWS = List.of(
            new HeatMap.Row(
                    "Opvoedingsondersteuning",
                    List.of(
                            new HeatMap.Cell(12.0, "Eikelaar, opvoedingsondersteuning: 12"),
                            new HeatMap.Cell(1.5, "Hazelbeke, opvoedingsondersteuning: 1,5"),
                            new HeatMap.Cell(null, "Oeverzele, opvoedingsondersteuning: geen cijfer"))),
            new HeatMap.Row(
                    "Kinderopvang",
                    List.of(
                            new HeatMap.Cell(6.25, "Eikelaar, kinderopvang: 6,3"),
                            new HeatMap.Cell(3.0, "Hazelbeke, kinderopvang: 3"),
                            new HeatMap.Cell(0.0, "Oeverzele, kinderopvang: 0"))));

    @Test
    void everyCellHasItsColourItsNumberAndItsTooltip() throws Exception {
        var doc = SvgDocument.parse(render(ColourScale.supply(2, 5, 10)));
        var cells = doc.withClass("g", "gap-heat-cell");
        assertThat(cells).hasSize(6);
        // row by row, left to right
        assertThat(cells.stream().map(c -> child(c, "rect").getAttribute("fill")))
                .containsExactly("#0571b0", "#ca0020", ColourScale.NONE, "#92c5de", "#f4a582", "#ca0020");
        assertThat(cells.stream().map(c -> child(c, "text").getTextContent()))
                .containsExactly("12", "1,5", "–", "6,3", "3", "0");
        assertThat(child(cells.get(2), "title").getTextContent())
                .isEqualTo("Oeverzele, opvoedingsondersteuning: geen cijfer");
        // the cells lie in a grid: the second row's first cell right under the first row's
        Element first = child(cells.get(0), "rect");
        Element below = child(cells.get(3), "rect");
        assertThat(number(below, "x")).isEqualTo(number(first, "x"));
        assertThat(number(below, "y") - number(first, "y")).isEqualTo(HeatMap.CELL_HEIGHT);
        assertThat(number(child(cells.get(1), "rect"), "x") - number(first, "x"))
                .isEqualTo(HeatMap.CELL_WIDTH);
    }

    @Test
    void theNumberInACellReadsOnItsColour() throws Exception {
        var doc = SvgDocument.parse(render(ColourScale.supply(2, 5, 10)));
        for (var cell : doc.withClass("g", "gap-heat-cell")) {
            String fill = child(cell, "rect").getAttribute("fill");
            String ink = child(cell, "text").getAttribute("fill");
            assertThat(ColourScale.contrast(fill, ink))
                    .as("%s on %s", ink, fill)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void rowsAndColumnsAreNamedAndEscaped() throws Exception {
        String svg = render(ColourScale.supply(2, 5, 10));
        assertThat(svg).contains("Oever &lt;&amp;&gt; Zele");
        var doc = SvgDocument.parse(svg);
        assertThat(doc.withClass("text", "gap-heat-column").stream().map(Element::getTextContent))
                .containsExactlyElementsOf(COLUMNS);
        assertThat(doc.withClass("text", "gap-heat-row").stream().map(Element::getTextContent))
                .containsExactly("Opvoedingsondersteuning", "Kinderopvang");
        assertThat(doc.root().getAttribute("role")).isEqualTo("img");
        assertThat(doc.root().getAttribute("aria-labelledby")).isEqualTo("heat-title heat-desc");
        assertThat(doc.all("title").getFirst().getTextContent()).isEqualTo(LABELS.title());
        assertThat(doc.all("desc").getFirst().getTextContent()).isEqualTo(LABELS.description());
    }

    @Test
    void theLegendShowsEveryClassAndTheUnknown() throws Exception {
        var doc = SvgDocument.parse(render(ColourScale.supply(2, 5, 10)));
        var legend = doc.withClass("g", "gap-heat-legend").getFirst();
        var swatches = legend.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        assertThat(swatches.getLength()).isEqualTo(5);
        assertThat(legend.getTextContent()).contains("Aanbod per 1 000 kinderen", "< 2", "2–5", "5–10", "≥ 10");
        assertThat(legend.getTextContent()).contains("Geen cijfer");
    }

    @Test
    void aGapScoreColoursHighValuesRed() throws Exception {
        // for a score of need, more is worse: the scale turns round
        var doc = SvgDocument.parse(render(ColourScale.need(2, 5, 10)));
        var cells = doc.withClass("g", "gap-heat-cell");
        assertThat(child(cells.get(0), "rect").getAttribute("fill")).isEqualTo("#ca0020");
        assertThat(child(cells.get(5), "rect").getAttribute("fill")).isEqualTo("#0571b0");
    }

    @Test
    void aRowWithoutACellPerColumnIsAProgrammingError() {
        var broken = List.of(new HeatMap.Row("Kinderopvang", List.of(new HeatMap.Cell(1.0, "x"))));
        assertThatThrownBy(() -> HeatMap.render(
                        COLUMNS, broken, ColourScale.supply(2), LABELS, Locale.forLanguageTag("nl-BE"), "heat"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String render(ColourScale scale) {
        return HeatMap.render(COLUMNS, ROWS, scale, LABELS, Locale.forLanguageTag("nl-BE"), "heat");
    }
}
