package org.stiel.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * An action of the plan was marked done (it was not before).
 *
 * @param goal the goal it serves, or {@code null}
 * @param occurredAt when it happened, to the microsecond (see {@link GoalSet})
 */
public record ActionDone(NetworkId network, ActionId action, GoalId goal, String title, Instant occurredAt) {

    public ActionDone {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
