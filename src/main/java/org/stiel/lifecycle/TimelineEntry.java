package org.stiel.lifecycle;

import java.util.List;

/**
 * A round on the network's timeline.
 *
 * @param visible whether the reader may see the figures of this round; when not, {@code overall} and {@code phases}
 *     are empty tallies
 * @param phases the tally per phase, in circle order
 */
public record TimelineEntry(
        RoundView round, Completion completion, boolean visible, Tally overall, List<Tally> phases) {}
