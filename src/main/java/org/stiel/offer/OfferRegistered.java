package org.stiel.offer;

import java.time.Instant;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A new offer, as one network of its partner sees it (one event per network).
 *
 * @param occurredAt when it happened; carried along because listeners run later and must not date it by their clock
 */
public record OfferRegistered(
        NetworkId networkId,
        OfferId offerId,
        PartnerId partnerId,
        String offerName,
        String actorName,
        Instant occurredAt) {}
