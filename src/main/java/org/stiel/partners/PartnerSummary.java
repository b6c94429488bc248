package org.stiel.partners;

import java.util.List;
import java.util.Set;
import org.stiel.network.LifeDomain;

/** A line of the partner list. */
public record PartnerSummary(
        PartnerId id,
        String name,
        String description,
        PartnerKind kind,
        Set<LifeDomain> lifeDomains,
        Reach reach,
        boolean core,
        List<String> cities) {}
