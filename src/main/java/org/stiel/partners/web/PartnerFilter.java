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

    /**
     * The longest search text used; the rest is ignored. Truncated rather than refused: the list page has no field
     * error to show for a search box, and nothing anyone types to find a partner is this long (names have at most
     * 200 characters), so only the cost of a crafted query of megabytes is cut off.
     */
    static final int MAX_QUERY = 200;

    PartnerSearch toSearch() {
        return new PartnerSearch(
                q == null || q.isBlank() ? null : truncated(q.strip()),
                lifeDomain,
                municipality == null ? null : new MunicipalityId(municipality),
                kind,
                core);
    }

    private static String truncated(String text) {
        if (text.length() <= MAX_QUERY) {
            return text;
        }
        // not between the two halves of a character outside the BMP (an emoji)
        int end = Character.isHighSurrogate(text.charAt(MAX_QUERY - 1)) ? MAX_QUERY - 1 : MAX_QUERY;
        return text.substring(0, end).strip();
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && lifeDomain == null && municipality == null && kind == null && core == null;
    }
}
