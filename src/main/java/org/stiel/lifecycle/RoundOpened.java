package org.stiel.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;

/**
 * A coordinator opened an assessment round: the partners' staff and the steering group are asked to answer until it
 * closes. The feed tells the network; modules that ask more in a round (temperature, survey) may listen too.
 *
 * @param closesOn the day it closes
 * @param occurredAt when it opened, to the microsecond PostgreSQL keeps: listeners run later and must not date it by
 *     their own clock
 */
public record RoundOpened(NetworkId network, RoundId round, String title, LocalDate closesOn, Instant occurredAt) {

    public RoundOpened {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
