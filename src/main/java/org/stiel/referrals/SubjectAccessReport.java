package org.stiel.referrals;

import java.time.Instant;
import java.util.List;

/** Everything one partner holds about a contact person: each referral with its details and who read them. */
public record SubjectAccessReport(Instant generatedAt, String partnerName, List<Entry> referrals) {

    public record Entry(ReferralView referral, List<AccessEntry> accessLog) {}
}
