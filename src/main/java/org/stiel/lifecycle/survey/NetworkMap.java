package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stiel.partners.PartnerKind;

/**
 * The network map ready to draw: partners on a circle, grouped by kind and then by name, so the same network gives the
 * same picture every time and partners of one kind sit together; links as lines whose width follows their weight.
 * Coordinates are in the SVG's own units ({@value #SIZE} × {@value #SIZE}).
 */
public record NetworkMap(List<Node> nodes, List<Edge> edges, List<LegendEntry> legend, NetworkMetrics metrics) {

    public static final int SIZE = 1000;
    static final double RADIUS = 300;
    static final double CENTRE = SIZE / 2.0;

    /** Colours per kind, dark enough that the white number on a partner keeps 4.5:1 contrast. */
    private static final String[] PALETTE = {
        "#1f5f99", "#a32020", "#2b7a2b", "#6a3d9a", "#8c4a1f", "#b0306f", "#4d4d4d", "#6b6b00", "#0f6b77", "#b34700",
        "#393b79", "#4f6128", "#843c39"
    };

    /** A partner on the map; {@code number} is its label in the drawing and the table. */
    public record Node(
            UUID id,
            int number,
            String name,
            PartnerKind kind,
            String colour,
            double x,
            double y,
            double labelX,
            double labelY,
            String anchor) {}

    public record Edge(
            String from, String to, double x1, double y1, double x2, double y2, double weight, boolean reciprocated) {

        /** Line width: 1.5 for the lightest link, 6 for one both sides call intensive. */
        public double width() {
            return 1.5 * weight;
        }
    }

    public record LegendEntry(PartnerKind kind, String colour) {}

    /** A partner to place: its id, name and kind. */
    public record Partner(UUID id, String name, PartnerKind kind) {}

    public static List<Partner> order(List<Partner> partners) {
        return partners.stream()
                .sorted(Comparator.comparing(Partner::kind)
                        .thenComparing(Partner::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Partner::id))
                .toList();
    }

    /**
     * @param partners the network's partners, in any order
     * @param reports per partner that handed in, its weights about the others (see {@link NetworkMetrics})
     */
    public static NetworkMap of(List<Partner> partners, Map<UUID, Map<UUID, Integer>> reports) {
        var ordered = order(partners);
        var metrics = NetworkMetrics.of(ordered.stream().map(Partner::id).toList(), reports);
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        Map<PartnerKind, String> colours = new LinkedHashMap<>();
        int n = ordered.size();
        for (int i = 0; i < n; i++) {
            var p = ordered.get(i);
            // start at the top and go clockwise
            double angle = 2 * Math.PI * i / Math.max(n, 1) - Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            String colour = colours.computeIfAbsent(p.kind(), k -> PALETTE[k.ordinal() % PALETTE.length]);
            nodes.put(
                    p.id(),
                    new Node(
                            p.id(),
                            i + 1,
                            p.name(),
                            p.kind(),
                            colour,
                            round(CENTRE + RADIUS * cos),
                            round(CENTRE + RADIUS * sin),
                            round(CENTRE + (RADIUS + 22) * cos),
                            round(CENTRE + (RADIUS + 22) * sin + 4),
                            Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end"));
        }
        List<Edge> edges = new ArrayList<>();
        for (var link : metrics.links()) {
            var a = nodes.get(link.a());
            var b = nodes.get(link.b());
            edges.add(new Edge(a.name(), b.name(), a.x(), a.y(), b.x(), b.y(), link.weight(), link.reciprocated()));
        }
        List<LegendEntry> legend = colours.entrySet().stream()
                .map(e -> new LegendEntry(e.getKey(), e.getValue()))
                .toList();
        return new NetworkMap(List.copyOf(nodes.values()), edges, legend, metrics);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
