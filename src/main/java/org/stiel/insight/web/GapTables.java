package org.stiel.insight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.network.LifeDomain;

/**
 * The tables beside the pictures, from the network's cells (municipalities × 40, never the offers): one row per
 * municipality, and the domain × municipality matrix of gaps.
 */
record GapTables(List<MunicipalityRow> municipalities, List<DomainRow> matrix) {

    /** A municipality: its children (all bands), deprivation, offers (counted per domain and band), gaps. */
    record MunicipalityRow(
            String nisCode, String name, long children, Double deprivation, int offers, int gaps, double topScore) {}

    /** A domain: per municipality (in the order of {@link #municipalities}), how many of its bands are gaps. */
    record DomainRow(LifeDomain domain, List<Integer> gaps) {}

    static GapTables of(List<Gap> cells) {
        Map<String, List<Gap>> byPlace = new LinkedHashMap<>();
        for (var c : cells) {
            byPlace.computeIfAbsent(c.key().nisCode(), k -> new ArrayList<>()).add(c);
        }
        List<MunicipalityRow> rows = new ArrayList<>();
        for (var place : byPlace.values()) {
            var first = place.getFirst();
            long children = place.stream()
                    .filter(c -> c.key().domain() == first.key().domain())
                    .mapToLong(c -> c.children() == null ? 0 : c.children())
                    .sum();
            rows.add(new MunicipalityRow(
                    first.key().nisCode(),
                    first.municipality(),
                    children,
                    first.deprivation(),
                    place.stream().mapToInt(Gap::offers).sum(),
                    (int) place.stream().filter(Gap::isGap).count(),
                    place.stream().mapToDouble(Gap::score).max().orElse(0)));
        }
        List<DomainRow> matrix = new ArrayList<>();
        for (var domain : LifeDomain.values()) {
            List<Integer> counts = new ArrayList<>();
            for (var place : byPlace.values()) {
                counts.add((int) place.stream()
                        .filter(c -> c.key().domain() == domain && c.isGap())
                        .count());
            }
            matrix.add(new DomainRow(domain, counts));
        }
        return new GapTables(rows, matrix);
    }

    static int bands() {
        return AgeBand.values().length;
    }
}
