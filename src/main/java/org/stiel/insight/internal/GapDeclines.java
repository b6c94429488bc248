package org.stiel.insight.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.Referrals;

/**
 * Referrals declined for lack of offer, per municipality and domain, from the referrals API. Counts only: the
 * referrals module never hands over a family or a referral.
 */
@Component
public class GapDeclines {

    private final Referrals referrals;

    GapDeclines(Referrals referrals) {
        this.referrals = referrals;
    }

    /**
     * The declines since {@code since} whose municipality is known; those without one cannot be placed on a gap
     *.
     */
    public List<DeclineTally> since(NetworkId network, Instant since) {
        return referrals.declinedForLackOfOffer(network, since).stream()
                .filter(d -> d.nisCode() != null)
                .map(d -> new DeclineTally(d.nisCode(), d.domain(), kind(d.reason()), d.count()))
                .toList();
    }

    private static String kind(DeclineReason reason) {
        return switch (reason) {
            case NO_CAPACITY -> "CAPACITY";
            case WAITING_LIST -> "WAITING";
            default -> "NO_FIT";
        };
    }
}
