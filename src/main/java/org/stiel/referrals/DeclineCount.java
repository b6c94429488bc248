package org.stiel.referrals;

import org.stiel.network.LifeDomain;

/**
 * How many referrals of a network were declined for lack of offer ({@link DeclineReason#lackOfOffer()}) in one
 * municipality and life domain, for one reason: unmet need as Stiel's own data shows it, counts only.
 *
 * @param nisCode the NIS code of the family's municipality, {@code null} when the referral did not say
 */
public record DeclineCount(String nisCode, LifeDomain domain, DeclineReason reason, int count) {}
