package org.stiel.offer;

import java.time.Instant;
import java.util.List;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * An offer changed, as one network of its partner sees it (one event per network).
 *
 * @param actorName who changed it: a person's name in the network they acted in, that network's name in the others
 * @param changes names of the fields that changed (message keys {@code offer.field.NAME}), never their values;
 *     {@code lastVerified} alone means someone confirmed the offer is still correct
 * @param occurredAt when it happened; carried along because listeners run later and must not date it by their clock
 */
public record OfferUpdated(
        NetworkId networkId,
        OfferId offerId,
        PartnerId partnerId,
        String offerName,
        String actorName,
        List<String> changes,
        Instant occurredAt) {}
