package org.stiel.referrals;

import java.time.Instant;
import org.stiel.network.LifeDomain;
import org.stiel.offer.OfferId;

/**
 * A line of an inbox or sent list. Carries nothing about the family: reading a list is not reading their data.
 *
 * @param serviceId the recipient's service the referral is for, {@code null} for the partner as a whole
 */
public record ReferralLine(
        ReferralId id,
        ReferralStatus status,
        String senderName,
        String recipientName,
        OfferId serviceId,
        String serviceName,
        LifeDomain lifeDomain,
        Urgency urgency,
        Instant createdAt,
        Instant sentAt,
        String assigneeName,
        boolean assignedToMe) {}
