package org.stiel.referrals;

import org.stiel.offer.OfferId;

/** How many referrals name one service: for the recipient's inbox filter and the coordinator's numbers. */
public record ServiceCount(OfferId id, String name, String partnerName, int count) {}
