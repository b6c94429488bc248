package org.stiel.partners.web;

import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.network.MunicipalityId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSearch;

/**
 * The filters of the partner list as query parameters, shared by the page and the API so that a page URL and an API
 * URL filter alike. Every parameter is optional; an empty one (the "any" choice of a select) means no filter.
 */
record PartnerFilter(String q, LifeDomain lifeDomain, UUID municipality, PartnerKind kind, Boolean core) {

    PartnerSearch toSearch() {
        return new PartnerSearch(
                q == null || q.isBlank() ? null : q.strip(),
                lifeDomain,
                municipality == null ? null : new MunicipalityId(municipality),
                kind,
                core);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && lifeDomain == null && municipality == null && kind == null && core == null;
    }
}
