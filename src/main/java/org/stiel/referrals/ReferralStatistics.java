package org.stiel.referrals;

import java.util.List;
import java.util.Map;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerKind;

/**
 * The coordinator's numbers: counts and flows only, never a name or a word about a family.
 *
 * @param byService referrals that name a service of their recipient, per service, most first
 * @param medianHoursToAccept median time from sending to acceptance, {@code null} when nothing was accepted yet
 */
public record ReferralStatistics(
        int total,
        Map<ReferralStatus, Integer> byStatus,
        Map<LifeDomain, Integer> byLifeDomain,
        List<Flow> flows,
        Map<Outcome, Integer> outcomes,
        Map<DeclineReason, Integer> declineReasons,
        List<ServiceCount> byService,
        Long medianHoursToAccept) {

    /** How many referrals went from partners of one kind to partners of another. */
    public record Flow(PartnerKind from, PartnerKind to, int count) {}
}
