package org.stiel.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A coordinator showed a goal on the public plan page, or took it off.
 *
 * @param published {@code true} when it is shown now, {@code false} when it was taken off
 * @param occurredAt when it happened, to the microsecond (see {@link GoalSet})
 */
public record GoalPublished(NetworkId network, GoalId goal, String title, boolean published, Instant occurredAt) {

    public GoalPublished {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
