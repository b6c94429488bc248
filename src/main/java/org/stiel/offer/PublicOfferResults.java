package org.stiel.offer;

import java.util.List;

/**
 * A page of the families' search.
 *
 * @param total how many offers match, counted up to {@link OfferCatalogQueries#COUNT_LIMIT}
 * @param more whether more than that many match (then {@code total} is the limit)
 * @param page the page shown, from 1
 */
public record PublicOfferResults(List<PublicOfferSummary> offers, int total, boolean more, int page, int pageSize) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public int firstIndex() {
        return offers.isEmpty() ? 0 : (page - 1) * pageSize + 1;
    }

    public int lastIndex() {
        return offers.isEmpty() ? 0 : firstIndex() + offers.size() - 1;
    }
}
