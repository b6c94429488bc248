package org.stiel.referrals;

import java.time.Instant;
import org.stiel.network.LifeDomain;

/** A line of an inbox or sent list. Carries nothing about the family: reading a list is not reading their data. */
public record ReferralLine(
        ReferralId id,
        ReferralStatus status,
        String senderName,
        String recipientName,
        LifeDomain lifeDomain,
        Urgency urgency,
        Instant createdAt,
        Instant sentAt,
        String assigneeName,
        boolean assignedToMe) {}
