package org.stiel.partners;

import org.stiel.network.LifeDomain;
import org.stiel.network.MunicipalityId;

/**
 * Filters of the partner list; every one is optional.
 *
 * @param q words to look for (Dutch full-text search on name, description and expertise, or part of the name)
 */
public record PartnerSearch(
        String q, LifeDomain lifeDomain, MunicipalityId municipality, PartnerKind kind, Boolean core) {

    public static PartnerSearch all() {
        return new PartnerSearch(null, null, null, null, null);
    }
}
