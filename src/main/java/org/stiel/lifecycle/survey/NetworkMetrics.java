package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The network map's figures, computed from what partners said about each other.
 *
 * <p><b>How two answers make one link.</b> For every pair of partners A and B, each partner that handed in the survey
 * gives a report about the other: 0 (not), 1 (occasionally), 2 (regularly) or 3 (intensively); a partner that did not
 * hand in gives no report. The link's weight is the mean of the reports given: both said "regularly" → 2; A said
 * "intensively" and B said "not" → 1.5; only A answered and said "occasionally" → 1. There is a link when the weight
 * is above 0, so one side is enough (a partner may not know it is relied on). A link is <i>reciprocated</i> when both
 * handed in and both reported at least "occasionally".
 *
 * <p><b>Figures.</b> With n partners and L links: density = L / (n(n−1)/2); degree of a partner = its number of links;
 * degree centrality = degree / (n−1); Freeman degree centralisation = Σ(max degree − degree) / ((n−1)(n−2)), 0 for
 * fewer than three partners (1 for a star, 0 when everyone has the same degree); isolated partners have no link.
 */
public final class NetworkMetrics {

    /** One link between two partners, {@code a} before {@code b} in node order. */
    public record Link(UUID a, UUID b, double weight, boolean reciprocated) {}

    /** A partner's place in the network. */
    public record Degree(UUID partner, int degree, double centrality, double strength) {}

    private final List<UUID> nodes;
    private final List<Link> links;
    private final Map<UUID, Degree> degrees;

    private NetworkMetrics(List<UUID> nodes, List<Link> links) {
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
        Map<UUID, int[]> count = new LinkedHashMap<>();
        Map<UUID, double[]> strength = new LinkedHashMap<>();
        nodes.forEach(n -> {
            count.put(n, new int[1]);
            strength.put(n, new double[1]);
        });
        for (Link l : links) {
            count.get(l.a())[0]++;
            count.get(l.b())[0]++;
            strength.get(l.a())[0] += l.weight();
            strength.get(l.b())[0] += l.weight();
        }
        Map<UUID, Degree> result = new LinkedHashMap<>();
        int n = nodes.size();
        for (UUID node : nodes) {
            int d = count.get(node)[0];
            result.put(node, new Degree(node, d, n < 2 ? 0 : (double) d / (n - 1), strength.get(node)[0]));
        }
        this.degrees = result;
    }

    /**
     * @param nodes the partners of the network, in the order the map draws them
     * @param reports per partner that handed in: the weight (1–3) it gave each partner it works with; partners it
     *     left out count as 0
     */
    public static NetworkMetrics of(List<UUID> nodes, Map<UUID, Map<UUID, Integer>> reports) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                UUID a = nodes.get(i);
                UUID b = nodes.get(j);
                Optional<Integer> ab = report(reports, a, b);
                Optional<Integer> ba = report(reports, b, a);
                if (ab.isEmpty() && ba.isEmpty()) {
                    continue;
                }
                int sum = ab.orElse(0) + ba.orElse(0);
                int given = (ab.isPresent() ? 1 : 0) + (ba.isPresent() ? 1 : 0);
                double weight = (double) sum / given;
                if (weight > 0) {
                    boolean reciprocated = ab.orElse(0) > 0 && ba.orElse(0) > 0;
                    links.add(new Link(a, b, weight, reciprocated));
                }
            }
        }
        return new NetworkMetrics(nodes, links);
    }

    /**
     * What the database counted about one pair of partners ({@link SurveyFigures#pairs}): the reports above "not"
     * that either gave about the other, their sum, and how many of the two handed in.
     *
     * @param total the sum of the reports given (1–3 each)
     * @param reports how many of the two reported the other at least "occasionally" (1 or 2)
     * @param given how many of the two handed in (1 or 2): a report of "not" counts in the mean as 0
     */
    public record Pair(UUID a, UUID b, int total, int reports, int given) {}

    /**
     * The same figures as {@link #of(List, Map)}, from the pairs the database counted (only pairs with a report above
     * "not" come, so every pair is a link): weight = total / given, reciprocated when both reported the other.
     */
    public static NetworkMetrics ofPairs(List<UUID> nodes, List<Pair> pairs) {
        Map<UUID, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        List<Link> links = new ArrayList<>();
        for (Pair pair : pairs) {
            Integer i = index.get(pair.a());
            Integer j = index.get(pair.b());
            if (i == null || j == null || pair.given() == 0) {
                continue;
            }
            double weight = (double) pair.total() / pair.given();
            boolean reciprocated = pair.reports() == 2;
            links.add(
                    i < j
                            ? new Link(pair.a(), pair.b(), weight, reciprocated)
                            : new Link(pair.b(), pair.a(), weight, reciprocated));
        }
        // in node order, as the pairwise walk of of(List, Map) gives them: the map draws the same picture either way
        links.sort(java.util.Comparator.comparingInt((Link l) -> index.get(l.a()))
                .thenComparingInt(l -> index.get(l.b())));
        return new NetworkMetrics(nodes, links);
    }

    private static Optional<Integer> report(Map<UUID, Map<UUID, Integer>> reports, UUID from, UUID about) {
        var given = reports.get(from);
        return given == null ? Optional.empty() : Optional.of(given.getOrDefault(about, 0));
    }

    public List<UUID> nodes() {
        return nodes;
    }

    public List<Link> links() {
        return links;
    }

    public Degree degree(UUID partner) {
        return degrees.get(partner);
    }

    public List<Degree> degrees() {
        return List.copyOf(degrees.values());
    }

    public double density() {
        int n = nodes.size();
        return n < 2 ? 0 : links.size() / (n * (n - 1) / 2.0);
    }

    public double centralisation() {
        int n = nodes.size();
        if (n < 3) {
            return 0;
        }
        int max = degrees.values().stream().mapToInt(Degree::degree).max().orElse(0);
        int sum = degrees.values().stream().mapToInt(d -> max - d.degree()).sum();
        return (double) sum / ((n - 1) * (n - 2));
    }

    public List<UUID> isolates() {
        return degrees.values().stream()
                .filter(d -> d.degree() == 0)
                .map(Degree::partner)
                .toList();
    }
}
