package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A decision was entered in the network's decision log, which every member reads.
 *
 * @param body the body that took it, or {@code null} for the network as a whole
 * @param occurredAt when it was recorded, to the microsecond PostgreSQL keeps: listeners run later and must not date it
 *     by their own clock
 */
public record DecisionRecorded(
        NetworkId network, DecisionId decision, BodyId body, String title, LocalDate decidedOn, Instant occurredAt) {

    public DecisionRecorded {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
