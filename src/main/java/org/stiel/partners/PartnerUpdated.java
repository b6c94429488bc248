package org.stiel.partners;

import java.time.Instant;
import java.util.List;
import org.stiel.network.NetworkId;

/**
 * A partner's record changed, as one network sees it: the shared fields changed for every network the partner
 * belongs to, the membership fields (core, expectations, interests) only for the network that changed them.
 *
 * @param actorName who changed it: a person's name in the network they acted in, that network's name in the others
 * @param changes names of the fields that changed (message keys {@code partners.field.NAME}), never their values
 * @param occurredAt when it happened; carried along because listeners run later (after commit, or after a restart
 *     when an event is published again) and must not date it by their own clock
 */
public record PartnerUpdated(
        NetworkId networkId,
        PartnerId partnerId,
        String partnerName,
        String actorName,
        List<String> changes,
        Instant occurredAt) {}
