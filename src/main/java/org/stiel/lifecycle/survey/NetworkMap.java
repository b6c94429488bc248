package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerKind;

/**
 * The network map ready to draw: partners on a circle, grouped by kind and then by name, so the same network gives the
 * same picture every time and partners of one kind sit together; links as lines whose width follows their weight.
 * Coordinates are in the SVG's own units ({@value #SIZE} × {@value #SIZE}).
 *
 * <p>Partners are coloured by kind or, on request ({@link #coloured}), by their first life domain; the place of a
 * partner never changes with the colouring. Each colour group also has a letter ({@code code}), shown beside the
 * partner's name and in the legend, so the drawing reads without telling colours apart.
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

    /** What the colour of a partner on the map stands for. */
    public enum Colouring {
        KIND,
        /** The partner's first life domain (in the order of {@link LifeDomain}); grey when it names none. */
        DOMAIN;

        /** The colouring a request parameter asks for: {@code domain}, else by kind. */
        public static Colouring of(String parameter) {
            return "domain".equalsIgnoreCase(parameter) ? DOMAIN : KIND;
        }
    }

    /** The colour of partners without a life domain. */
    static final String NO_DOMAIN_COLOUR = "#212529";

    /**
     * A partner on the map; {@code number} is its label in the drawing and the table; {@code group} is the message key
     * of its colour group and {@code code} that group's letter.
     */
    public record Node(
            UUID id,
            int number,
            String name,
            PartnerKind kind,
            LifeDomain domain,
            String colour,
            String group,
            String code,
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

    /** A colour group: the message key of its name, its colour, and the letter that stands for it. */
    public record LegendEntry(String group, String colour, String code) {}

    /** A partner to place: its id, name, kind and first life domain ({@code null} when it names none). */
    public record Partner(UUID id, String name, PartnerKind kind, LifeDomain domain) {

        public Partner(UUID id, String name, PartnerKind kind) {
            this(id, name, kind, null);
        }
    }

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
        return of(partners, nodes -> NetworkMetrics.of(nodes, reports));
    }

    /**
     * @param partners the network's partners, in any order
     * @param metrics the figures of the partners in the order the map draws them (as {@link #order} gives them)
     */
    public static NetworkMap of(
            List<Partner> partners, java.util.function.Function<List<UUID>, NetworkMetrics> metricsOf) {
        var ordered = order(partners);
        var metrics = metricsOf.apply(ordered.stream().map(Partner::id).toList());
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        int n = ordered.size();
        for (int i = 0; i < n; i++) {
            var p = ordered.get(i);
            // start at the top and go clockwise
            double angle = 2 * Math.PI * i / Math.max(n, 1) - Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            nodes.put(
                    p.id(),
                    new Node(
                            p.id(),
                            i + 1,
                            p.name(),
                            p.kind(),
                            p.domain(),
                            null,
                            null,
                            null,
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
        return new NetworkMap(List.copyOf(nodes.values()), edges, List.of(), metrics).coloured(Colouring.KIND);
    }

    /** The same map with its partners coloured as asked; places, links and figures stay as they are. */
    public NetworkMap coloured(Colouring colouring) {
        // groups in a fixed order (enum order, "no life domain" last), so a group keeps its letter and colour
        var groups = new java.util.TreeMap<Integer, String>();
        for (var node : nodes) {
            groups.put(rank(node, colouring), group(node, colouring));
        }
        Map<String, LegendEntry> legendByGroup = new LinkedHashMap<>();
        groups.forEach((rank, group) -> legendByGroup.put(
                group,
                new LegendEntry(
                        group,
                        rank == Integer.MAX_VALUE ? NO_DOMAIN_COLOUR : PALETTE[rank % PALETTE.length],
                        code(legendByGroup.size()))));
        List<Node> recoloured = nodes.stream()
                .map(node -> {
                    var entry = legendByGroup.get(group(node, colouring));
                    return new Node(
                            node.id(),
                            node.number(),
                            node.name(),
                            node.kind(),
                            node.domain(),
                            entry.colour(),
                            entry.group(),
                            entry.code(),
                            node.x(),
                            node.y(),
                            node.labelX(),
                            node.labelY(),
                            node.anchor());
                })
                .toList();
        return new NetworkMap(recoloured, edges, List.copyOf(legendByGroup.values()), metrics);
    }

    private static int rank(Node node, Colouring colouring) {
        return switch (colouring) {
            case KIND -> node.kind().ordinal();
            case DOMAIN ->
                node.domain() == null ? Integer.MAX_VALUE : node.domain().ordinal();
        };
    }

    private static String group(Node node, Colouring colouring) {
        return switch (colouring) {
            case KIND -> "partnerKind." + node.kind().name();
            case DOMAIN ->
                node.domain() == null
                        ? "survey.map.noDomain"
                        : "lifeDomain." + node.domain().name();
        };
    }

    /** A, B, … Z, then AA, AB, …: more groups than letters do not occur, but the map must not break if they do. */
    static String code(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : code(index / 26 - 1) + code(index % 26);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
