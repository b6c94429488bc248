package org.stiel.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A body of the network (steering group, working group…) was set up or changed, or a partner joined or left it.
 *
 * @param partner the partner that joined or left, {@code null} for the other changes
 * @param occurredAt when it happened, to the microsecond (see {@link DecisionRecorded})
 */
public record BodyChanged(
        NetworkId network, BodyId body, String name, Change change, PartnerId partner, Instant occurredAt) {

    public BodyChanged {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** What changed; message keys {@code feed.action.BODY.NAME}. */
    public enum Change {
        CREATED,
        UPDATED,
        MEMBER_JOINED,
        MEMBER_LEFT
    }
}
