package org.stiel.lifecycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * An assessment round closed, by hand or on its date: its results are final. The feed tells the network.
 *
 * @param occurredAt when it closed, to the microsecond (see {@link RoundOpened})
 */
public record RoundClosed(NetworkId network, RoundId round, String title, Instant occurredAt) {

    public RoundClosed {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
