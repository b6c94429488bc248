package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The network's temperature in one round: the partners' temperatures (−5 freezing to 20 warm), their median and how
 * they spread over five bands. The median of an even number of temperatures is the mean of the middle two.
 */
public record Thermometer(List<Integer> temperatures, Double median, List<Band> bands, int answers) {

    /** A band of the scale, both ends included, and how many partners fall in it. */
    public record Band(String key, int from, int to, int count) {}

    /** A partner that ran colder than in the previous round. */
    public record Cooled(UUID partner, String name, int before, int now) {

        public int drop() {
            return before - now;
        }
    }

    private static final int[][] BANDS = {{-5, -1}, {0, 4}, {5, 9}, {10, 14}, {15, 20}};
    private static final String[] KEYS = {"freezing", "cold", "cool", "mild", "warm"};

    /**
     * The thermometer of the given temperatures. Below {@link Scores#MIN_ANSWERS} of them nothing but their number is
     * kept: with two partners, the lowest and highest would tell each of them the other's exact temperature.
     */
    public static Thermometer of(List<Integer> temperatures) {
        if (temperatures.size() < Scores.MIN_ANSWERS) {
            List<Band> empty = new ArrayList<>();
            for (int i = 0; i < BANDS.length; i++) {
                empty.add(new Band(KEYS[i], BANDS[i][0], BANDS[i][1], 0));
            }
            return new Thermometer(List.of(), null, empty, temperatures.size());
        }
        var sorted = temperatures.stream().sorted().toList();
        Double median = null;
        int n = sorted.size();
        if (n > 0) {
            median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            int from = BANDS[i][0];
            int to = BANDS[i][1];
            int count = (int) sorted.stream().filter(t -> t >= from && t <= to).count();
            bands.add(new Band(KEYS[i], from, to, count));
        }
        return new Thermometer(sorted, median, bands, sorted.size());
    }

    /** The partners whose temperature dropped between two rounds; both rounds must have one. Biggest drop first. */
    public static List<Cooled> cooled(Map<UUID, Integer> before, Map<UUID, Integer> now, Map<UUID, String> names) {
        return now.entrySet().stream()
                .filter(e -> before.containsKey(e.getKey()) && e.getValue() < before.get(e.getKey()))
                .map(e -> new Cooled(
                        e.getKey(), names.getOrDefault(e.getKey(), "?"), before.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Cooled::drop)
                        .reversed()
                        .thenComparing(Cooled::name))
                .toList();
    }

    /** How many partners gave a temperature, also when there are too few to show them. */
    public int count() {
        return answers;
    }

    /** Whether there are enough temperatures to show their median, spread and range. */
    public boolean shown() {
        return !temperatures.isEmpty();
    }

    public int maxBand() {
        return bands.stream().mapToInt(Band::count).max().orElse(0);
    }
}
