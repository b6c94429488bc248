package org.stiel.lifecycle;

/** How many answers fell on each status: the spread of answers to one question, theme, phase or round. */
public record Tally(int notStarted, int underWay, int inPlace, int notApplicable) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0);

    /** {@code count} answers on one status, as a grouped query counts them. */
    public static Tally of(AnswerStatus status, int count) {
        return switch (status) {
            case NOT_STARTED -> new Tally(count, 0, 0, 0);
            case UNDER_WAY -> new Tally(0, count, 0, 0);
            case IN_PLACE -> new Tally(0, 0, count, 0);
            case NOT_APPLICABLE -> new Tally(0, 0, 0, count);
        };
    }

    public Tally plus(AnswerStatus status) {
        return switch (status) {
            case NOT_STARTED -> new Tally(notStarted + 1, underWay, inPlace, notApplicable);
            case UNDER_WAY -> new Tally(notStarted, underWay + 1, inPlace, notApplicable);
            case IN_PLACE -> new Tally(notStarted, underWay, inPlace + 1, notApplicable);
            case NOT_APPLICABLE -> new Tally(notStarted, underWay, inPlace, notApplicable + 1);
        };
    }

    public Tally plus(Tally other) {
        return new Tally(
                notStarted + other.notStarted,
                underWay + other.underWay,
                inPlace + other.inPlace,
                notApplicable + other.notApplicable);
    }

    public int count(AnswerStatus status) {
        return switch (status) {
            case NOT_STARTED -> notStarted;
            case UNDER_WAY -> underWay;
            case IN_PLACE -> inPlace;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    /** Answers other than "not applicable": the base of every share. */
    public int applicable() {
        return notStarted + underWay + inPlace;
    }

    public int total() {
        return applicable() + notApplicable;
    }

    /** The share of "in place" among the applicable answers, 0–1; {@code null} when there are none. */
    public Double progress() {
        return applicable() == 0 ? null : (double) inPlace / applicable();
    }

    /** {@link #progress()} as a whole percentage (rounded half up), or {@code null}. */
    public Integer percent() {
        return applicable() == 0 ? null : (int) Math.round(100.0 * inPlace / applicable());
    }

    /** The share of applicable answers on a status, as a whole percentage; 0 when there are none. */
    public int percentOf(AnswerStatus status) {
        return applicable() == 0 || !status.applicable() ? 0 : (int) Math.round(100.0 * count(status) / applicable());
    }
}
