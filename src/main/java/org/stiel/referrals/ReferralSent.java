package org.stiel.referrals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A referral was sent to the recipient partner. Ids only, for counting: nothing about the family, the reason or the answer travels, so no listener can leak it.
 *
 * @param occurredAt when it happened, to the microsecond PostgreSQL keeps: listeners run later and must not date it by
 *     their own clock
 */
public record ReferralSent(
        NetworkId network, ReferralId referral, PartnerId sender, PartnerId recipient, Instant occurredAt) {

    public ReferralSent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
