package org.stiel.insight.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;

/**
 * Referrals declined for lack of offer, per municipality and domain, from the referrals API. Counts only: the
 * referrals module never hands over a family or a referral.
 */
@Component
public class GapDeclines {

    /** The declines since {@code since} whose municipality is known. */
    public List<DeclineTally> since(NetworkId network, Instant since) {
        // the referrals API for declined counts (Referrals.declinedForLackOfOffer) is not on this branch yet
        return List.of();
    }
}
