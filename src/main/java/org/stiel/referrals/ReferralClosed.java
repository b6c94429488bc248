package org.stiel.referrals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A referral came to its end: closed with an outcome, declined, cancelled, or stopped because the family withdrew
 * consent. Ids and the final status only, for counting: nothing about the family, the reason or the outcome travels.
 *
 * @param status the final status (one of the {@link ReferralStatus#terminal() terminal} ones)
 * @param occurredAt when it happened, to the microsecond (see {@link ReferralSent})
 */
public record ReferralClosed(
        NetworkId network,
        ReferralId referral,
        PartnerId sender,
        PartnerId recipient,
        ReferralStatus status,
        Instant occurredAt) {

    public ReferralClosed {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
