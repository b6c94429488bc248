package org.stiel.insight.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The gap map: the network's municipalities drawn from their coordinates as circles, sized by need (the circle's area
 * follows the children in the age band) and coloured by supply (offers per 1 000 children, on a {@link ColourScale}),
 * each with its name and a tooltip ({@code <title>}) that says its numbers. Drawn on the server as SVG: no tiles, no
 * script, so no reader's browser calls a third party. An image with a title and a description; the page puts the same
 * numbers in a table beside it.
 *
 * <p>The projection is equirectangular around the middle latitude (longitudes shrunk by its cosine), scaled to fit
 * with a margin: at the size of a municipality or a province the distortion is far below what the eye sees. Every
 * text comes from the caller, already translated; numbers in the legend follow the reader's locale.
 */
public final class GapMap {

    static final double WIDTH = 640;
    static final double MAP_HEIGHT = 420;
    /** Room around the points for the largest circle and the names. */
    static final double MARGIN = 48;

    static final double MAX_RADIUS = 28;
    static final double MIN_RADIUS = 4;
    static final double LEGEND_HEIGHT = 64;

    private GapMap() {}

    /**
     * One municipality on the map.
     *
     * @param need children in the age band (0 or more): the circle's area
     * @param supplyPerThousand offers per 1 000 children, {@code null} when unknown (grey, dashed)
     * @param title the tooltip, translated: the municipality's numbers in words
     */
    public record MapPoint(
            String nisCode,
            String name,
            double latitude,
            double longitude,
            long need,
            Double supplyPerThousand,
            String title) {}

    /**
     * The picture's texts, translated by the caller.
     *
     * @param title what the map shows, e.g. "Children 0–2 and parenting support per municipality"
     * @param description the same in a sentence or two, for screen readers
     * @param supplyLegend the heading of the colour legend, e.g. "Offers per 1 000 children"
     * @param noSupply the legend's text for an unknown supply
     * @param sizeLegend what a circle's size means, e.g. "Larger circle: more children"
     */
    public record MapLabels(
            String title, String description, String supplyLegend, String noSupply, String sizeLegend) {}

    /** A point on the picture. */
    record Position(double x, double y) {}

    /**
     * The SVG markup, safe to insert unescaped: every text in it is escaped.
     *
     * @param id unique on the page (the title and description ids start with it): letters, digits and hyphens
     */
    public static String render(List<MapPoint> points, ColourScale scale, MapLabels labels, Locale locale, String id) {
        var svg = new StringBuilder();
        Svg.open(svg, "gap-map", WIDTH, MAP_HEIGHT + LEGEND_HEIGHT, id, labels.title(), labels.description());
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        long maxNeed = points.stream().mapToLong(MapPoint::need).max().orElse(0);
        var projection = Projection.fitting(points);
        // the largest circles first, so that small ones on top of them stay visible
        var order = points.stream()
                .sorted(Comparator.comparingLong(MapPoint::need).reversed().thenComparing(MapPoint::name))
                .toList();
        for (var point : order) {
            var at = projection.apply(point.latitude(), point.longitude());
            double r = radius(point.need(), maxNeed);
            boolean unknown = point.supplyPerThousand() == null;
            svg.append("<g class=\"gap-map-point\" data-nis=\"")
                    .append(Svg.text(point.nisCode()))
                    .append("\"><title>")
                    .append(Svg.text(point.title()))
                    .append("</title><circle cx=\"")
                    .append(Svg.n(at.x()))
                    .append("\" cy=\"")
                    .append(Svg.n(at.y()))
                    .append("\" r=\"")
                    .append(Svg.n(r))
                    .append("\" fill=\"")
                    .append(scale.colour(point.supplyPerThousand()))
                    .append("\" fill-opacity=\"0.9\" stroke=\"#212529\" stroke-width=\"1.5\"")
                    .append(unknown ? " stroke-dasharray=\"3 2\"" : "")
                    .append("/>");
            // the name under the circle, with a white halo so that it reads over a neighbour's circle
            svg.append("<text x=\"")
                    .append(Svg.n(at.x()))
                    .append("\" y=\"")
                    .append(Svg.n(at.y() + r + 13))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#212529\" stroke=\"#ffffff\"")
                    .append(" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(Svg.text(point.name()))
                    .append("</text></g>");
        }
        legend(svg, scale, labels, locale);
        return svg.append("</svg>").toString();
    }

    /** The circle's radius: its area follows the need, the smallest still visible and clickable. */
    static double radius(long need, long maxNeed) {
        if (maxNeed <= 0 || need <= 0) {
            return MIN_RADIUS;
        }
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) need / maxNeed));
    }

    private static void legend(StringBuilder svg, ColourScale scale, MapLabels labels, Locale locale) {
        double y = MAP_HEIGHT + 8;
        svg.append("<g class=\"gap-map-legend\"><text x=\"16\" y=\"")
                .append(Svg.n(y + 10))
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#212529\">")
                .append(Svg.text(labels.supplyLegend()))
                .append("</text>");
        var texts = scale.legend(locale);
        double x = 16;
        for (int c = 0; c < texts.size(); c++) {
            Svg.swatch(svg, x, y + 20, scale.colourOfClass(c), texts.get(c));
            x += 110;
        }
        Svg.swatch(svg, x, y + 20, ColourScale.NONE, labels.noSupply());
        svg.append("<text x=\"16\" y=\"")
                .append(Svg.n(y + 52))
                .append("\" font-size=\"12\" fill=\"#212529\">")
                .append(Svg.text(labels.sizeLegend()))
                .append("</text></g>");
    }

    /** Latitude and longitude to the picture's x and y. */
    record Projection(double minLon, double maxLat, double cosLat, double scale, double offsetX, double offsetY) {

        static Projection fitting(List<MapPoint> points) {
            if (points.isEmpty()) {
                return new Projection(0, 0, 1, 1, WIDTH / 2, MAP_HEIGHT / 2);
            }
            double minLat =
                    points.stream().mapToDouble(MapPoint::latitude).min().orElseThrow();
            double maxLat =
                    points.stream().mapToDouble(MapPoint::latitude).max().orElseThrow();
            double minLon =
                    points.stream().mapToDouble(MapPoint::longitude).min().orElseThrow();
            double maxLon =
                    points.stream().mapToDouble(MapPoint::longitude).max().orElseThrow();
            double cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double spanX = (maxLon - minLon) * cosLat;
            double spanY = maxLat - minLat;
            double roomX = WIDTH - 2 * MARGIN;
            double roomY = MAP_HEIGHT - 2 * MARGIN;
            // one point, or all on a line: no span to scale on that axis, so the points sit in the middle
            double scale = Math.min(
                    spanX > 0 ? roomX / spanX : Double.MAX_VALUE, spanY > 0 ? roomY / spanY : Double.MAX_VALUE);
            if (scale == Double.MAX_VALUE) {
                scale = 1;
            }
            double offsetX = MARGIN + (roomX - spanX * scale) / 2;
            double offsetY = MARGIN + (roomY - spanY * scale) / 2;
            return new Projection(minLon, maxLat, cosLat, scale, offsetX, offsetY);
        }

        Position apply(double latitude, double longitude) {
            return new Position(offsetX + (longitude - minLon) * cosLat * scale, offsetY + (maxLat - latitude) * scale);
        }
    }
}
