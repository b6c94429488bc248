package org.stiel.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * The coordinator decided on a challenge the partners proposed: prioritised it, set it aside or turned it into a goal.
 *
 * @param priority the rank given (1 first), or {@code null}
 * @param occurredAt when it happened, to the microsecond (see {@link GoalSet})
 */
public record ChallengeDecided(
        NetworkId network,
        ChallengeId challenge,
        String title,
        ChallengeStatus status,
        Integer priority,
        Instant occurredAt) {

    public ChallengeDecided {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
