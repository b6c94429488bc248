package org.stiel.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.partners.PartnerKind;

/**
 * The coordinator's numbers of the network's sent referrals: counts and flows, no names of families, no free text.
 * Counted in SQL with GROUP BY; only the partners and services that occur are looked up by id.
 */
@Service
@Transactional(readOnly = true)
public class ReferralNumbers {

    private final StatisticsQueries queries;
    private final ReferralNames names;

    ReferralNumbers(StatisticsQueries queries, ReferralNames names) {
        this.queries = queries;
        this.names = names;
    }

    /**
     * The network's numbers; for the coordinator only.
     *
     * @throws org.stiel.platform.ForbiddenException for anyone else
     */
    public ReferralStatistics statistics(StielUser actor) {
        ReferralAccess.requireCoordinator(actor);
        NetworkId network = actor.networkId();
        var groups = queries.groups(network.value());
        int total = 0;
        Map<ReferralStatus, Integer> byStatus = new EnumMap<>(ReferralStatus.class);
        Map<LifeDomain, Integer> byDomain = new EnumMap<>(LifeDomain.class);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<DeclineReason, Integer> reasons = new EnumMap<>(DeclineReason.class);
        List<StatisticsQueries.Group> services = new ArrayList<>();
        List<StatisticsQueries.Group> flows = new ArrayList<>();
        Set<UUID> partnerIds = new HashSet<>();
        Set<UUID> offerIds = new HashSet<>();
        for (var group : groups) {
            switch (group.figure()) {
                case TOTAL -> total = group.count();
                case STATUS -> byStatus.put(ReferralStatus.valueOf(group.key()), group.count());
                case LIFE_DOMAIN -> byDomain.put(LifeDomain.valueOf(group.key()), group.count());
                case OUTCOME -> {
                    if (group.key() != null) {
                        outcomes.put(Outcome.valueOf(group.key()), group.count());
                    }
                }
                case DECLINE_REASON -> {
                    if (group.key() != null) {
                        reasons.put(DeclineReason.valueOf(group.key()), group.count());
                    }
                }
                case SERVICE -> {
                    if (group.first() != null) {
                        services.add(group);
                        offerIds.add(group.first());
                        partnerIds.add(group.second());
                    }
                }
                case FLOW -> {
                    flows.add(group);
                    partnerIds.add(group.first());
                    partnerIds.add(group.second());
                }
            }
        }
        var named = names.of(network, partnerIds, offerIds, Set.of());
        Double median = queries.medianHoursToAccept(network.value());
        return new ReferralStatistics(
                total,
                byStatus,
                byDomain,
                flows(flows, named),
                outcomes,
                reasons,
                byService(services, named),
                median == null ? null : Math.round(median));
    }

    /** Flows between kinds of partner: the pairs of partners summed per pair of kinds, most first. */
    private static List<ReferralStatistics.Flow> flows(List<StatisticsQueries.Group> pairs, ReferralNames.Names named) {
        Map<List<PartnerKind>, Integer> byKinds = new LinkedHashMap<>();
        for (var pair : pairs) {
            byKinds.merge(List.of(named.kind(pair.first()), named.kind(pair.second())), pair.count(), Integer::sum);
        }
        return byKinds.entrySet().stream()
                .map(e -> new ReferralStatistics.Flow(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparing(ReferralStatistics.Flow::count)
                        .reversed()
                        .thenComparing(ReferralStatistics.Flow::from)
                        .thenComparing(ReferralStatistics.Flow::to))
                .toList();
    }

    private static List<ServiceCount> byService(List<StatisticsQueries.Group> services, ReferralNames.Names named) {
        // an offer has one partner, the recipient: one group per offer
        return sortedByCount(services.stream()
                .map(s -> new ServiceCount(
                        new OfferId(s.first()), named.offer(s.first()), named.partner(s.second()), s.count()))
                .toList());
    }

    /** Most first, then by name: the order of every list of service counts. */
    static List<ServiceCount> sortedByCount(List<ServiceCount> counts) {
        return counts.stream()
                .sorted(Comparator.comparing(ServiceCount::count)
                        .reversed()
                        .thenComparing(c -> String.valueOf(c.name())))
                .toList();
    }
}
