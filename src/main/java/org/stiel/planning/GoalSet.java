package org.stiel.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A coordinator set a new goal for the network.
 *
 * @param title the goal's title, which every member of the network reads
 * @param occurredAt when it happened, to the microsecond PostgreSQL keeps: listeners run later and must not date it by
 *     their own clock
 */
public record GoalSet(NetworkId network, GoalId goal, String title, Instant occurredAt) {

    public GoalSet {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
