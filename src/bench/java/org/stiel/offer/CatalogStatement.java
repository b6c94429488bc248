package org.stiel.offer;

import java.time.Instant;
import java.util.Map;

/**
 * The families' search as the catalogue sends it to PostgreSQL, for the benchmark to replay in pgbench. It lives in
 * the benchmark's sources, in the offer package, because the statement builder is the offer module's internal and
 * stays package-private in the application.
 */
public record CatalogStatement(String sql, Map<String, Object> params, boolean planForValues) {

    /** The statement the catalogue sends for this query at this moment. */
    public static CatalogStatement search(OfferQuery query, Instant now) {
        var statement = OfferCatalogQueries.search(query, now);
        return new CatalogStatement(statement.sql(), statement.params(), statement.planForValues());
    }
}
