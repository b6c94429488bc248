package org.stiel.partners;

import java.time.Instant;
import org.stiel.network.NetworkId;

/**
 * A partner joined a network's directory.
 *
 * @param occurredAt when it happened; carried along because listeners run later (after commit, or after a restart
 *     when an event is published again) and must not date it by their own clock
 */
public record PartnerRegistered(
        NetworkId networkId, PartnerId partnerId, String partnerName, String actorName, Instant occurredAt) {}
