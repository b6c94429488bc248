package org.stiel.partners;

import java.util.List;
import org.stiel.network.NetworkId;

/**
 * A partner's record changed, as one network sees it: the shared fields changed for every network the partner
 * belongs to, the membership fields (core, expectations, interests) only for the network that changed them.
 *
 * @param changes names of the fields that changed (message keys {@code partners.field.NAME}), never their values
 */
public record PartnerUpdated(
        NetworkId networkId, PartnerId partnerId, String partnerName, String actorName, List<String> changes) {}
