package org.stiel.lifecycle.survey;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Means of 1–4 trust and value items and of 1–5 factor statements, and the anonymity rule that guards them.
 *
 * <p>A trust score of one answer is the mean of the trust items it gives (reliable, open, shares the mission); a value
 * score likewise (influence, resources brought, involvement); an answer without any item of the kind has no score. The
 * score about a partner is the mean of the answers' scores about it, shown only when at least {@value #MIN_ANSWERS}
 * partners gave one, so that no single answer can be read back.
 */
public final class Scores {

    /** The fewest answers an aggregate about one partner needs before it is shown. */
    public static final int MIN_ANSWERS = 3;

    private Scores() {}

    /** The mean of the items given; empty when none is. */
    public static OptionalDouble itemMean(Integer... items) {
        return java.util.Arrays.stream(items)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .average();
    }

    /** A mean over answers, with how many answers it stands on and whether it may be shown. */
    public record Aggregate(int answers, double mean) {

        public static Aggregate of(List<Double> scores) {
            return new Aggregate(
                    scores.size(),
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }

        /** Whether enough answers stand behind it to show it without giving one away. */
        public boolean shown() {
            return answers >= MIN_ANSWERS;
        }
    }
}
