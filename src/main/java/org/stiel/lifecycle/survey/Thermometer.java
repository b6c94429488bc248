package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The network's temperature in one round: of the partners' temperatures (−5 freezing to 20 warm) the lowest, the
 * highest, their median and how they spread over five bands. The median of an even number of temperatures is the mean
 * of the middle two. The results read these figures per round from SQL ({@link SurveyFigures#thermometers});
 * {@link #of(List)} computes the same from a list, as the reference the tests hold the SQL to.
 *
 * @param low the lowest temperature; {@code null} when they are not shown
 * @param high the highest temperature; {@code null} when they are not shown
 */
public record Thermometer(Integer low, Integer high, Double median, List<Band> bands, int answers) {

    /** A band of the scale, both ends included, and how many partners fall in it. */
    public record Band(String key, int from, int to, int count) {}

    /** A partner that ran colder than in the previous round. */
    public record Cooled(UUID partner, String name, int before, int now) {

        public int drop() {
            return before - now;
        }
    }

    /** The bands' ends, both included; the SQL counts per band with the same ends. */
    static final int[][] BANDS = {{-5, -1}, {0, 4}, {5, 9}, {10, 14}, {15, 20}};

    private static final String[] KEYS = {"freezing", "cold", "cool", "mild", "warm"};

    /**
     * The thermometer of the given temperatures. Below {@link Scores#MIN_ANSWERS} of them nothing but their number is
     * kept: with two partners, the lowest and highest would tell each of them the other's exact temperature.
     */
    public static Thermometer of(List<Integer> temperatures) {
        var sorted = temperatures.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return of(0, null, null, null, new int[BANDS.length]);
        }
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        int[] counts = new int[BANDS.length];
        for (int i = 0; i < BANDS.length; i++) {
            int from = BANDS[i][0];
            int to = BANDS[i][1];
            counts[i] = (int) sorted.stream().filter(t -> t >= from && t <= to).count();
        }
        return of(n, sorted.getFirst(), sorted.getLast(), median, counts);
    }

    /**
     * The thermometer of {@code count} temperatures from their figures. Below {@link Scores#MIN_ANSWERS} of them
     * nothing but their number is kept: with two partners, the lowest and highest would tell each of them the other's
     * exact temperature.
     *
     * @param bandCounts how many fall in each band of {@link #BANDS}, in order
     */
    static Thermometer of(int count, Integer low, Integer high, Double median, int[] bandCounts) {
        boolean shown = count >= Scores.MIN_ANSWERS;
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            bands.add(new Band(KEYS[i], BANDS[i][0], BANDS[i][1], shown ? bandCounts[i] : 0));
        }
        return shown
                ? new Thermometer(low, high, median, List.copyOf(bands), count)
                : new Thermometer(null, null, null, List.copyOf(bands), count);
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
        return low != null;
    }

    public int maxBand() {
        return bands.stream().mapToInt(Band::count).max().orElse(0);
    }
}
