package org.stiel.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stiel.insight.FigureId;
import org.stiel.insight.FigureView;
import org.stiel.insight.Period;

/** The trend line drawn for known values: where the points go, and what a screen reader is told. */
class TrendSvgTests {

    @Test
    void pointsGoWhereTheScaleSays() {
        // 100, 200, 400: the axis runs from 0 to 500 (400 rounded up to 5 × 100) over a plot 216 high and 552 wide
        var points = TrendSvg.points(List.of(figure(2021, "100"), figure(2022, "200"), figure(2023, "400")));

        assertThat(points).extracting(p -> tenth(p.x())).containsExactly(64.0, 340.0, 616.0);
        assertThat(points).extracting(p -> tenth(p.y())).containsExactly(192.8, 149.6, 63.2);
    }

    @Test
    void aYearMissingLeavesItsPlaceOnTheTimeAxis() {
        var points = TrendSvg.points(List.of(figure(2020, "10"), figure(2021, "10"), figure(2024, "10")));

        // 2020 → 2024 over 552: 2021 lies 366 of 1461 days in (2020 is a leap year)
        assertThat(points.get(1).x()).isCloseTo(64 + 366 * 552.0 / 1461, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(points).extracting(TrendSvg.Point::y).containsOnly(20.0);
    }

    @Test
    void oneFigureStandsInTheMiddle() {
        var points = TrendSvg.points(List.of(figure(2025, "18")));

        assertThat(points).singleElement().satisfies(p -> {
            assertThat(tenth(p.x())).isEqualTo(340.0);
            assertThat(tenth(p.y())).isEqualTo(41.6);
        });
    }

    @Test
    void theSvgHasATitleADescriptionAndAPointWithItsValue() {
        String svg = TrendSvg.render(
                "trend",
                "Geboorten in <Hazelbeke>",
                "Lijn van 2 cijfers",
                List.of(figure(2021, "100"), figure(2022, "200")),
                v -> v.stripTrailingZeros().toPlainString());

        assertThat(svg)
                .startsWith("<svg ")
                .contains("role=\"img\"", "aria-labelledby=\"trend-title trend-desc\"")
                .contains("<title id=\"trend-title\">Geboorten in &lt;Hazelbeke&gt;</title>")
                .contains("<desc id=\"trend-desc\">Lijn van 2 cijfers</desc>")
                .contains("points=\"64.0,128.0 616.0,20.0\"")
                .contains("<circle cx=\"616.0\" cy=\"20.0\" r=\"4\" fill=\"#0b5394\"><title>2022: 200</title></circle>")
                .doesNotContain("<script", "http://www.w3.org/1999/xlink", "href=");
    }

    @Test
    void niceCeilings() {
        assertThat(TrendSvg.niceCeiling(400)).isEqualTo(500);
        assertThat(TrendSvg.niceCeiling(18)).isEqualTo(20);
        assertThat(TrendSvg.niceCeiling(2.3)).isEqualTo(2.5);
        assertThat(TrendSvg.niceCeiling(1000)).isEqualTo(1000);
        assertThat(TrendSvg.range(List.of(figure(2021, "-3"), figure(2022, "7"))))
                .containsExactly(-5, 10);
    }

    private static double tenth(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    private static FigureView figure(int year, String value) {
        return new FigureView(
                new FigureId(UUID.randomUUID()),
                "BIRTHS",
                "44021",
                "Gent",
                Period.year(year),
                new BigDecimal(value),
                null,
                null,
                "Statbel",
                null,
                null,
                null,
                false);
    }
}
