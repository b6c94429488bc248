package org.stiel.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * An action was added to the network's plan.
 *
 * @param goal the goal it serves, or {@code null}
 * @param occurredAt when it happened, to the microsecond (see {@link GoalSet})
 */
public record ActionCreated(NetworkId network, ActionId action, GoalId goal, String title, Instant occurredAt) {

    public ActionCreated {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
