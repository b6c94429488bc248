package org.stiel.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stiel.insight.internal.SvgDocument.child;
import static org.stiel.insight.internal.SvgDocument.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The gap map drawn for a known set of coordinates, against positions, sizes and colours worked out by hand. */
class GapMapTests {

    static final ColourScale SUPPLY = ColourScale.supply(2, 5, 10);

    static final GapMap.MapLabels LABELS = new GapMap.MapLabels(
            "Kinderen 0–2 en opvoedingsondersteuning",
            "Per gemeente: de grootte van de cirkel volgt het aantal kinderen, de kleur het aanbod.",
            "Aanbod per 1 000 kinderen",
            "Geen cijfer",
            "Grotere cirkel: meer kinderen");

    // Hazelbeke and Eikelaar on one parallel, 0.2° apart; Oeverzele 0.2° south of Hazelbeke
    static final List<GapMap.MapPoint> POINTS = List.of(
            new GapMap.MapPoint("99005", "Hazelbeke", 51.0, 4.0, 400, 1.5, "Hazelbeke: 400 kinderen, 1,5 aanbod"),
            new GapMap.MapPoint("99001", "Eikelaar", 51.0, 4.2, 100, 12.0, "Eikelaar: 100 kinderen, 12 aanbod"),
            new GapMap.MapPoint(
                    "99003", "Oever & <Zele> \"Noord\"", 50.8, 4.0, 25, null, "Oeverzele: 25 kinderen, geen cijfer"));

    @Test
    void municipalitiesSitWhereTheProjectionPutsThem() throws Exception {
        var points = points(render(POINTS));
        // middle latitude 50.9°: longitudes shrink by cos(50.9°) = 0.630676; the span of 0.2° latitude fills the
        // 420 - 2 × 48 = 324 px of height (scale 1 620 px per degree), the 0.126 "degrees" of width take 204.3 px of
        // the 544 px, centred: x from 48 + (544 - 204.34) / 2 = 217.83
        assertThat(number(points.get("99005"), "cx")).isCloseTo(217.8, within(0.06));
        assertThat(number(points.get("99005"), "cy")).isCloseTo(48.0, within(0.06));
        assertThat(number(points.get("99001"), "cx")).isCloseTo(422.2, within(0.06));
        assertThat(number(points.get("99001"), "cy")).isCloseTo(48.0, within(0.06));
        assertThat(number(points.get("99003"), "cx")).isCloseTo(217.8, within(0.06));
        assertThat(number(points.get("99003"), "cy")).isCloseTo(372.0, within(0.06));
    }

    @Test
    void circlesAreSizedByNeedAndColouredBySupply() throws Exception {
        var points = points(render(POINTS));
        // area follows need: 400 → the largest radius (28), 100 → half of it, 25 → a quarter (7)
        assertThat(number(points.get("99005"), "r")).isEqualTo(28.0);
        assertThat(number(points.get("99001"), "r")).isEqualTo(14.0);
        assertThat(number(points.get("99003"), "r")).isEqualTo(7.0);
        // 1.5 per 1 000 is below the first threshold: the gap's red; 12 is above the last: blue; unknown: grey, dashed
        assertThat(points.get("99005").getAttribute("fill")).isEqualTo("#ca0020");
        assertThat(points.get("99001").getAttribute("fill")).isEqualTo("#0571b0");
        assertThat(points.get("99003").getAttribute("fill")).isEqualTo(ColourScale.NONE);
        assertThat(points.get("99003").getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(points.get("99005").getAttribute("stroke-dasharray")).isEmpty();
    }

    @Test
    void aMunicipalityWithoutChildrenStillShowsAsTheSmallestCircle() throws Exception {
        var points = points(render(List.of(
                new GapMap.MapPoint("99001", "A", 51.0, 4.0, 0, 3.0, "A"),
                new GapMap.MapPoint("99002", "B", 51.1, 4.1, 1, 3.0, "B"),
                new GapMap.MapPoint("99004", "C", 51.2, 4.2, 10_000, 3.0, "C"))));
        assertThat(number(points.get("99001"), "r")).isEqualTo(GapMap.MIN_RADIUS);
        assertThat(number(points.get("99002"), "r")).isEqualTo(GapMap.MIN_RADIUS);
        assertThat(number(points.get("99004"), "r")).isEqualTo(GapMap.MAX_RADIUS);
    }

    @Test
    void namesAndTitlesAreEscapedAndTheImageIsNamedAndDescribed() throws Exception {
        String svg = render(POINTS);
        assertThat(svg).doesNotContain("<Zele>").contains("Oever &amp; &lt;Zele&gt;");
        var doc = SvgDocument.parse(svg);
        var root = doc.root();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("kaart-title kaart-desc");
        var title = doc.all("title").getFirst();
        assertThat(title.getAttribute("id")).isEqualTo("kaart-title");
        assertThat(title.getTextContent()).isEqualTo(LABELS.title());
        assertThat(doc.all("desc").getFirst().getTextContent()).isEqualTo(LABELS.description());

        var groups = doc.withClass("g", "gap-map-point");
        assertThat(groups).hasSize(3);
        var names = groups.stream()
                .collect(Collectors.toMap(
                        g -> g.getAttribute("data-nis"), g -> child(g, "text").getTextContent()));
        assertThat(names).containsEntry("99003", "Oever & <Zele> \"Noord\"");
        var titles = groups.stream()
                .collect(Collectors.toMap(
                        g -> g.getAttribute("data-nis"), g -> child(g, "title").getTextContent()));
        assertThat(titles).containsEntry("99005", "Hazelbeke: 400 kinderen, 1,5 aanbod");
        // no script, no link to anywhere
        assertThat(doc.all("script")).isEmpty();
        assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("href", "http", "url(");
    }

    @Test
    void theLegendNamesEveryClassInTheReadersNumbers() throws Exception {
        var doc = SvgDocument.parse(
                GapMap.render(POINTS, ColourScale.supply(2.5, 5, 10), LABELS, Locale.forLanguageTag("nl-BE"), "kaart"));
        var legend = doc.withClass("g", "gap-map-legend").getFirst();
        var swatches = legend.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        assertThat(swatches.getLength()).isEqualTo(5);
        assertThat(((Element) swatches.item(0)).getAttribute("fill")).isEqualTo("#ca0020");
        assertThat(((Element) swatches.item(3)).getAttribute("fill")).isEqualTo("#0571b0");
        assertThat(((Element) swatches.item(4)).getAttribute("fill")).isEqualTo(ColourScale.NONE);
        assertThat(legend.getTextContent())
                .contains("Aanbod per 1 000 kinderen", "< 2,5", "2,5–5", "5–10", "≥ 10", "Geen cijfer")
                .contains("Grotere cirkel: meer kinderen");
        // the map's texts are dark on white, well above the 4.5:1 of WCAG
        assertThat(ColourScale.contrast("#212529", "#ffffff")).isGreaterThan(4.5);
    }

    @Test
    void oneMunicipalityOrNoneStillMakesAPicture() throws Exception {
        var single = points(render(List.of(POINTS.getFirst())));
        assertThat(number(single.get("99005"), "cx")).isEqualTo(GapMap.WIDTH / 2);
        assertThat(number(single.get("99005"), "cy")).isEqualTo(GapMap.MAP_HEIGHT / 2);
        assertThat(SvgDocument.parse(render(List.of())).withClass("g", "gap-map-point"))
                .isEmpty();
    }

    private static String render(List<GapMap.MapPoint> points) {
        return GapMap.render(points, SUPPLY, LABELS, Locale.forLanguageTag("nl-BE"), "kaart");
    }

    /** The circles by NIS code. */
    private static Map<String, Element> points(String svg) throws Exception {
        return SvgDocument.parse(svg).withClass("g", "gap-map-point").stream()
                .collect(Collectors.toMap(g -> g.getAttribute("data-nis"), g -> child(g, "circle")));
    }
}
