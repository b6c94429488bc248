package org.stiel.referrals;

import org.stiel.offer.OfferId;
import org.stiel.partners.PartnerId;

/** A service a referral can be sent to: an active offer of kind SERVICE of a recipient partner, published or not. */
public record RecipientService(OfferId id, String name, PartnerId partnerId, String partnerName) {}
