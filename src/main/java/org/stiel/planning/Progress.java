package org.stiel.planning;

import java.util.Collection;

/**
 * The roll-up of a goal's progress from its actions (docs/adr/0011): the mean of the actions' progress, where a done
 * action counts 100 and a cancelled one is left out; rounded half up to a whole percent; 0 when nothing is left to
 * count.
 */
final class Progress {

    private Progress() {}

    /** One action as the roll-up sees it. */
    record Part(ActionStatus status, int progress) {}

    static int rollUp(Collection<Part> actions) {
        long sum = 0;
        long counted = 0;
        for (Part a : actions) {
            if (a.status() == ActionStatus.CANCELLED) {
                continue;
            }
            sum += a.status() == ActionStatus.DONE ? 100 : Math.clamp(a.progress(), 0, 100);
            counted++;
        }
        return of(sum, counted);
    }

    /**
     * The roll-up from the sum of the counted actions' progress and their number, as {@link GoalQueries} adds them
     * up in SQL ({@link #SUM}, {@link #COUNTED}).
     */
    static int of(long sum, long counted) {
        // integer arithmetic: no NaN for an empty goal, no floating-point surprises at .5
        return counted == 0 ? 0 : (int) ((2 * sum + counted) / (2 * counted));
    }

    /** The SQL twin of {@link #rollUp}'s sum over the actions {@code a} of a goal. */
    static final String SUM = "coalesce(sum(case a.status when 'DONE' then 100 when 'CANCELLED' then 0"
            + " else least(greatest(a.progress, 0), 100) end), 0)";

    /** The SQL twin of {@link #rollUp}'s count: cancelled actions are left out. */
    static final String COUNTED = "count(*) filter (where a.status <> 'CANCELLED')";
}
