package org.stiel.partners;

import org.stiel.network.NetworkId;

/** A partner joined a network's directory. */
public record PartnerRegistered(NetworkId networkId, PartnerId partnerId, String partnerName, String actorName) {}
