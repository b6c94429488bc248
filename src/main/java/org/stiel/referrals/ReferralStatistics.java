package org.stiel.referrals;

import java.util.List;
import java.util.Map;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerKind;

/**
 * The coordinator's numbers: counts and flows only, never a name or a word about a family.
 *
 * @param medianHoursToAccept median time from sending to acceptance, {@code null} when nothing was accepted yet
 */
public record ReferralStatistics(
        int total,
        Map<ReferralStatus, Integer> byStatus,
        Map<LifeDomain, Integer> byLifeDomain,
        List<Flow> flows,
        Map<Outcome, Integer> outcomes,
        Map<DeclineReason, Integer> declineReasons,
        Long medianHoursToAccept) {

    /** How many referrals went from partners of one kind to partners of another. */
    public record Flow(PartnerKind from, PartnerKind to, int count) {}
}
