package org.stiel.insight.internal;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The heat map of the gap page: life domains in rows, municipalities in columns, each cell coloured by its value on a
 * {@link ColourScale} (offers per 1 000 children, or a gap score) with the value written in it, black or white as
 * reads best on the colour, and a tooltip ({@code <title>}) per cell. Server-side SVG with a title, a description and
 * a legend; the page puts the same numbers in a table beside it. Every text comes from the caller, translated.
 */
public final class HeatMap {

    static final double CELL_WIDTH = 64;
    static final double CELL_HEIGHT = 30;
    /** Room above the cells for the municipalities' names, written at a slant. */
    static final double HEADER_HEIGHT = 96;
    /** Room per character of the longest row label (12 px text). */
    static final double CHAR_WIDTH = 7;

    static final double LEGEND_HEIGHT = 56;

    private HeatMap() {}

    /**
     * One cell.
     *
     * @param value the figure, {@code null} when unknown (grey, written as a dash)
     * @param title the tooltip, translated: what the figure is, in words
     */
    public record Cell(Double value, String title) {}

    /** One row: a life domain's translated name and its cells, one per column in the columns' order. */
    public record Row(String label, List<Cell> cells) {}

    /**
     * The picture's texts, translated by the caller.
     *
     * @param legend the heading of the colour legend, e.g. "Offers per 1 000 children"
     * @param noValue the legend's text for an unknown value
     */
    public record HeatLabels(String title, String description, String legend, String noValue) {}

    /**
     * The SVG markup, safe to insert unescaped: every text in it is escaped.
     *
     * @param columns the municipalities' names, left to right
     * @param id unique on the page (the title and description ids start with it)
     * @throws IllegalArgumentException when a row has not one cell per column
     */
    public static String render(
            List<String> columns, List<Row> rows, ColourScale scale, HeatLabels labels, Locale locale, String id) {
        for (var row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row.label() + " has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
        double left = 16
                + CHAR_WIDTH
                        * rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        // at least as wide as the legend: four classes and "unknown", 110 px each
        double width = Math.max(left + CELL_WIDTH * columns.size() + 48, 16 + 5 * 110 + 60);
        double height = HEADER_HEIGHT + CELL_HEIGHT * rows.size() + LEGEND_HEIGHT;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        // as people round: 6.25 is 6.3 (NumberFormat's default rounds half to even)
        format.setRoundingMode(RoundingMode.HALF_UP);

        var svg = new StringBuilder();
        Svg.open(svg, "gap-heat-map", width, height, id, labels.title(), labels.description());
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * CELL_WIDTH + CELL_WIDTH / 2;
            svg.append("<text class=\"gap-heat-column\" x=\"")
                    .append(Svg.n(x))
                    .append("\" y=\"")
                    .append(Svg.n(HEADER_HEIGHT - 8))
                    .append("\" transform=\"rotate(-40 ")
                    .append(Svg.n(x))
                    .append(' ')
                    .append(Svg.n(HEADER_HEIGHT - 8))
                    .append(")\" font-size=\"12\" fill=\"#212529\">")
                    .append(Svg.text(columns.get(c)))
                    .append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            double y = HEADER_HEIGHT + r * CELL_HEIGHT;
            svg.append("<text class=\"gap-heat-row\" x=\"")
                    .append(Svg.n(left - 8))
                    .append("\" y=\"")
                    .append(Svg.n(y + CELL_HEIGHT / 2 + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#212529\">")
                    .append(Svg.text(row.label()))
                    .append("</text>");
            for (int c = 0; c < columns.size(); c++) {
                cell(svg, row.cells().get(c), left + c * CELL_WIDTH, y, scale, format);
            }
        }
        legend(svg, scale, labels, locale, HEADER_HEIGHT + CELL_HEIGHT * rows.size() + 10);
        return svg.append("</svg>").toString();
    }

    private static void cell(StringBuilder svg, Cell cell, double x, double y, ColourScale scale, NumberFormat format) {
        String fill = scale.colour(cell.value());
        svg.append("<g class=\"gap-heat-cell\"><title>")
                .append(Svg.text(cell.title()))
                .append("</title><rect x=\"")
                .append(Svg.n(x))
                .append("\" y=\"")
                .append(Svg.n(y))
                .append("\" width=\"")
                .append(Svg.n(CELL_WIDTH))
                .append("\" height=\"")
                .append(Svg.n(CELL_HEIGHT))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/><text x=\"")
                .append(Svg.n(x + CELL_WIDTH / 2))
                .append("\" y=\"")
                .append(Svg.n(y + CELL_HEIGHT / 2 + 4))
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"")
                .append(ColourScale.textOn(fill))
                .append("\">")
                .append(cell.value() == null ? "–" : Svg.text(format.format(cell.value())))
                .append("</text></g>");
    }

    private static void legend(StringBuilder svg, ColourScale scale, HeatLabels labels, Locale locale, double y) {
        svg.append("<g class=\"gap-heat-legend\"><text x=\"16\" y=\"")
                .append(Svg.n(y + 10))
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#212529\">")
                .append(Svg.text(labels.legend()))
                .append("</text>");
        var texts = scale.legend(locale);
        double x = 16;
        for (int c = 0; c < texts.size(); c++) {
            Svg.swatch(svg, x, y + 20, scale.colourOfClass(c), texts.get(c));
            x += 110;
        }
        Svg.swatch(svg, x, y + 20, ColourScale.NONE, labels.noValue());
        svg.append("</g>");
    }
}
