package org.stiel.insight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;
import org.stiel.insight.FigureView;

/**
 * A trend line drawn on the server as SVG: no script, no third party. The x axis is time (the periods' dates, evenly
 * by day), the y axis runs from zero (or the lowest value when one is negative) to the highest value rounded up to
 * 1, 2, 2.5 or 5 times a power of ten. The picture has a title and a description for screen readers, each point a
 * title with its period and value; the page shows the same numbers in a table beside it.
 */
final class TrendSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    static final int LEFT = 64;
    static final int RIGHT = 24;
    static final int TOP = 20;
    static final int BOTTOM = 44;

    // text #212529 and the line #0b5394 on white: well above 4.5:1; the grid #6c757d above the 3:1 of graphics
    private static final String TEXT = "#212529";
    private static final String LINE = "#0b5394";
    private static final String GRID = "#6c757d";

    /** A figure's place in the picture. */
    record Point(double x, double y, FigureView figure) {}

    private TrendSvg() {}

    /** Where each figure goes, in the order given (oldest first). */
    static List<Point> points(List<FigureView> figures) {
        var points = new ArrayList<Point>();
        if (figures.isEmpty()) {
            return points;
        }
        double[] range = range(figures);
        long first = figures.getFirst().period().date().toEpochDay();
        long last = figures.getLast().period().date().toEpochDay();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (var figure : figures) {
            long day = figure.period().date().toEpochDay();
            double x = last == first ? LEFT + plotWidth / 2 : LEFT + (day - first) * plotWidth / (last - first);
            double y = TOP + (range[1] - figure.value().doubleValue()) * plotHeight / (range[1] - range[0]);
            points.add(new Point(x, y, figure));
        }
        return points;
    }

    /**
     * The picture as SVG markup to put in the page.
     *
     * @param id unique on the page: the title's and description's ids derive from it
     * @param format how a value is written (the reader's language and the indicator's unit)
     */
    static String render(
            String id,
            String title,
            String description,
            List<FigureView> figures,
            Function<BigDecimal, String> format) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"trend\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(text(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(text(description))
                .append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        if (!figures.isEmpty()) {
            double[] range = range(figures);
            double plotHeight = HEIGHT - TOP - BOTTOM;
            for (int k = 0; k <= 4; k++) {
                double value = range[0] + k * (range[1] - range[0]) / 4;
                double y = TOP + plotHeight - k * plotHeight / 4;
                svg.append("<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>"
                        .formatted(LEFT, n(y), WIDTH - RIGHT, n(y), GRID, k == 0 ? "1.5" : "0.5"));
                svg.append("<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"12\" fill=\"%s\">%s</text>"
                        .formatted(LEFT - 6, n(y + 4), TEXT, text(format.apply(BigDecimal.valueOf(value)))));
            }
            var points = points(figures);
            var line = new StringBuilder();
            for (var p : points) {
                line.append(line.isEmpty() ? "" : " ")
                        .append(n(p.x()))
                        .append(',')
                        .append(n(p.y()));
            }
            svg.append(
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" points=\"%s\"/>".formatted(LINE, line));
            for (var p : points) {
                String label = p.figure().period().label();
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\"><title>%s: %s</title></circle>"
                        .formatted(
                                n(p.x()),
                                n(p.y()),
                                LINE,
                                text(label),
                                text(format.apply(p.figure().value()))));
                svg.append("<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\">%s</text>"
                        .formatted(n(p.x()), HEIGHT - BOTTOM + 18, TEXT, text(label)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The y axis' lowest and highest value. */
    static double[] range(List<FigureView> figures) {
        double min = 0;
        double max = 0;
        for (var f : figures) {
            min = Math.min(min, f.value().doubleValue());
            max = Math.max(max, f.value().doubleValue());
        }
        double top = max > 0 ? niceCeiling(max) : 0;
        double bottom = min < 0 ? -niceCeiling(-min) : 0;
        if (top == bottom) {
            top = 1;
        }
        return new double[] {bottom, top};
    }

    /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least the value. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        double fraction = value / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String n(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    private static String text(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
