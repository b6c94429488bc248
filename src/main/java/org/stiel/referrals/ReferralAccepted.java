package org.stiel.referrals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * The recipient partner accepted a referral. Ids only, for counting: nothing about the family, the reason or the answer travels, so no listener can leak it.
 *
 * @param occurredAt when it happened, to the microsecond PostgreSQL keeps: listeners run later and must not date it by
 *     their own clock
 */
public record ReferralAccepted(
        NetworkId network, ReferralId referral, PartnerId sender, PartnerId recipient, Instant occurredAt) {

    public ReferralAccepted {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
