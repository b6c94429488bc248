package org.stiel.offer;

import static org.stiel.platform.StielTime.ZONE;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stiel.platform.StielTime;

/**
 * All SQL of the families' search, calendar and feeds, in one place, so that a benchmark can run exactly what the
 * pages run (see {@link #search}). The statements use named parameters ({@code :name}, Spring's {@code JdbcClient}
 * style) and are built from a fixed set of fragments: a criterion that is not asked for leaves no trace in the SQL,
 * so PostgreSQL plans each shape of search for what it is.
 *
 * <p>Typo tolerance: each word of a query that is not a word of the offer is corrected to the nearest word of the
 * offer's vocabulary ({@code offer_word}, kept by triggers, V13) by trigram distance; the offer must then match each
 * word as typed or as corrected, with Dutch stemming and without accents ({@code stiel_dutch}).
 */
final class OfferCatalogQueries {

    /** Results per page. */
    public static final int PAGE_SIZE = 20;

    /** Matches are counted up to this many; a family does not page through more, it narrows its search. */
    public static final int COUNT_LIMIT = 1000;

    /**
     * A statement, its named parameters, and whether PostgreSQL should plan it for these values rather than keep one
     * plan for its shape ({@code OfferCatalog.planForTheseValues}).
     */
    public record Statement(String sql, Map<String, Object> params, boolean planForValues) {}

    private OfferCatalogQueries() {}

    /**
     * The postcodes a name typed as the place stands for: a place's (Sint-Amandsberg) or all of a municipality's
     * (Gent), accents and case aside.
     */
    private static final String NAMED_POSTCODES = "select pn.postcode from places_postcode_name pn"
            + " where stiel_unaccent(lower(pn.name)) = stiel_unaccent(lower(:place))";

    /** A location's latitude or longitude, its postcode's when it has none of its own. */
    private static final String POINT =
            "coalesce(l.%1$s, (select lp.%1$s from places_postcode lp where lp.postcode = l.postcode))";

    /**
     * The query as the words of the offer: every typed word, ORed with its nearest word of the vocabulary when it is
     * not one itself, all ANDed.
     */
    static final String TSQUERY = """
            tsq as (
                select stiel_tsquery_and(
                        plainto_tsquery('stiel_dutch', w.word)
                        || plainto_tsquery('stiel_dutch', coalesce(
                            (select v.word from offer_word v where v.word = w.word),
                            (select v.word from offer_word v where v.word % w.word order by v.word <-> w.word limit 1),
                            w.word))) as q
                from regexp_split_to_table(:words, ' ') as w(word)
            )""";

    /** Haversine distance in km between (lat1, lon1) and (lat2, lon2), as SQL. */
    private static String distance(String lat1, String lon1, String lat2, String lon2) {
        return "6371 * 2 * asin(sqrt(power(sin(radians(" + lat2 + " - " + lat1 + ") / 2), 2) + cos(radians(" + lat1
                + ")) * cos(radians(" + lat2 + ")) * power(sin(radians(" + lon2 + " - " + lon1 + ") / 2), 2)))";
    }

    /**
     * The page of results of a search: one statement, with the count (up to {@link #COUNT_LIMIT}) on every row. Rows
     * have the columns of {@link PublicOfferSummary}; a search without results gives one row with a null id and a
     * total of 0.
     *
     * @param now the moment of the search: activities without a coming occurrence are left out
     */
    public static Statement search(OfferQuery query, Instant now) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(query, now, params, null);
        boolean text = !query.words().isEmpty();
        String rank = text ? "ts_rank(o.search, tsq.q)" : "0::real";
        params.put("countLimit", COUNT_LIMIT + 1);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (query.page() - 1) * PAGE_SIZE);
        params.put("today", startOfDay(now));
        String sql = (text ? "with " + TSQUERY + ",\n" : "with\n")
                + """
                hits as (
                    select o.id, %s as rank, lower(o.name) as sort_name
                    from offer o %s
                    where %s
                    order by rank desc, sort_name, o.id
                    limit :countLimit
                ),
                total as (select count(*) as total from hits),
                page as (select * from hits order by rank desc, sort_name, id limit :limit offset :offset)
                select o.id, o.name, o.kind, p.name as partner_name, left(o.description, 240) as summary, o.cost,
                       o.price, o.reduced_tariff, o.age_min_months, o.age_max_months, o.online, o.status,
                       (select array_agg(distinct l.city order by l.city)
                        from offer_location ol join partners_place l on l.id = ol.location_id
                             and l.partner_id = o.partner_id
                        where ol.offer_id = o.id) as cities,
                       n.starts_at as next_start, n.ends_at as next_end, n.all_day as next_all_day,
                       t.total
                from total t
                left join page on true
                left join offer o on o.id = page.id
                left join partners_summary p on p.id = o.partner_id
                left join lateral (
                    select oc.starts_at, oc.ends_at, oc.all_day from offer_occurrence oc
                    where oc.offer_id = o.id and oc.starts_at >= :today
                    order by oc.starts_at limit 1) n on true
                order by page.rank desc, page.sort_name, page.id
                """.formatted(rank, text ? "cross join tsq" : "", where);
        return new Statement(sql, params, plannedForValues(query));
    }

    /**
     * Whether the best plan of a search depends on its values. A place (small or large, near or far), a day or a
     * date range, or no words at all (all offers by name, thinned by filters as selective as their values) do: planned
     * for the values, these ran up to ten times faster than with one plan per shape (docs/benchmarks.md). A search by
     * words, with any of the other filters, starts from the words' index whatever they are: the words reach the
     * statement through the {@code tsq} part, whose result the planner cannot see when it plans, so planning each such
     * search again only costs its 1.5 to 2 ms of planning, and PostgreSQL keeps one plan per shape instead.
     */
    static boolean plannedForValues(OfferQuery query) {
        return query.words().isEmpty()
                || query.place() != null
                || !query.day().isEmpty()
                || query.from() != null
                || query.to() != null;
    }

    /**
     * The occurrences of the offers a search finds between two moments, in time order, at most {@code limit}. Rows
     * have the columns of {@link PublicOfferOccurrence}.
     *
     * @param activitiesOnly leave out services (their opening hours would fill every day of a calendar)
     * @param partner only this partner's offers, or null
     */
    public static Statement occurrences(
            OfferQuery query, Instant now, Instant from, Instant to, boolean activitiesOnly, UUID partner, int limit) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(query, now, params, "oc");
        boolean text = !query.words().isEmpty();
        params.put("rangeFrom", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        params.put("rangeTo", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        params.put("limit", limit);
        var extra = new StringBuilder();
        if (activitiesOnly) {
            extra.append(" and o.kind = 'ACTIVITY'");
        }
        if (partner != null) {
            extra.append(" and o.partner_id = :partner");
            params.put("partner", partner);
        }
        String sql = (text ? "with " + TSQUERY + "\n" : "") + """
                select oc.offer_id, oc.schedule_id, o.name, p.name as partner_name, o.kind, oc.starts_at, oc.ends_at,
                       oc.all_day, o.online,
                       (select concat_ws(', ', l.name, l.street, l.postcode || ' ' || l.city)
                        from offer_location ol join partners_place l on l.id = ol.location_id
                             and l.partner_id = o.partner_id
                        where ol.offer_id = o.id order by ol.position limit 1) as place
                from offer_occurrence oc
                join offer o on o.id = oc.offer_id
                join partners_summary p on p.id = o.partner_id %s
                where oc.starts_at >= :rangeFrom and oc.starts_at < :rangeTo%s and %s
                order by oc.starts_at, lower(o.name), oc.offer_id, oc.schedule_id
                limit :limit
                """.formatted(text ? "cross join tsq" : "", extra, where);
        // a range of dates: the values decide how many occurrences there are to go through
        return new Statement(sql, params, true);
    }

    /**
     * The conditions on {@code offer o} (and {@code tsq} when there are words). With {@code occurrence} set, the
     * day and date criteria apply to that occurrence alias instead of to "some occurrence of the offer".
     */
    static String where(OfferQuery query, Instant now, Map<String, Object> params, String occurrence) {
        var sql = new StringBuilder("o.published and o.status <> 'ENDED'");
        if (query.network() != null) {
            sql.append("""
                     and exists (select 1 from partners_membership np join network n on n.id = np.network_id
                                 where np.partner_id = o.partner_id and n.slug = :network)""");
            params.put("network", query.network());
        } else {
            sql.append(" and exists (select 1 from partners_membership np where np.partner_id = o.partner_id)");
        }
        if (!query.words().isEmpty()) {
            sql.append(" and o.search @@ tsq.q");
            params.put("words", String.join(" ", query.words()));
        }
        Integer age = query.ageInMonths();
        if (age != null) {
            sql.append(" and (o.age_min_months is null or o.age_min_months <= :age)"
                    + " and (o.age_max_months is null or o.age_max_months >= :age)");
            params.put("age", age);
        }
        if (query.domain() != null) {
            sql.append(" and :domain = any(o.life_domains)");
            params.put("domain", query.domain().name());
        }
        if (query.free() && query.reduced()) {
            sql.append(" and (o.cost = 'FREE' or o.reduced_tariff)");
        } else if (query.free()) {
            sql.append(" and o.cost = 'FREE'");
        } else if (query.reduced()) {
            sql.append(" and o.reduced_tariff");
        }
        if (query.language() != null) {
            sql.append(" and :language = any(o.languages)");
            params.put("language", query.language());
        }
        if (query.place() != null) {
            // The online offers (they are everywhere) or the offers at one of the place's locations, both as index
            // conditions: PostgreSQL combines the offer_online index and the offer ids of the locations (a
            // BitmapOr), and finds those ids from the locations through offer_location's location index, instead of
            // scanning offer_location or looking offers up one by one (docs/benchmarks.md). A location is only ever
            // the partner's own (Offers.ownLocations, the HSDS import's locationIds; an offer keeps its partner), and
            // a location the partner removed is no longer in partners_place, so it finds nothing.
            sql.append(" and (o.online or o.id = any(array(select ol.offer_id from offer_location ol"
                    + " where ol.location_id = any(array(select l.id from partners_place l");
            params.put("place", query.place());
            if (query.km() != null) {
                // From the middle of the place typed (its postcodes' points: the network module's places, V33); a
                // location without coordinates counts from its postcode's point, looked up only for such a location
                // (coalesce stops at the first value that is not null)
                sql.append(" cross join (select avg(pc.latitude) as lat, avg(pc.longitude) as lon"
                        + " from places_postcode pc where pc.postcode = :place or pc.postcode = any(array("
                        + NAMED_POSTCODES
                        + "))) c where "
                        + distance("c.lat", "c.lon", POINT.formatted("latitude"), POINT.formatted("longitude"))
                        + " <= :km");
                params.put("km", query.km());
            } else if (query.placeIsPostcode()) {
                sql.append(" where l.postcode = :place");
            } else {
                // "= any(array(...))", not "in (...)": both arms of the "or" are then index conditions (a BitmapOr),
                // where "in" made a sequential scan that unaccented every location's city (docs/benchmarks.md)
                sql.append(" where (stiel_unaccent(lower(l.city)) = stiel_unaccent(lower(:place))"
                        + " or l.postcode = any(array(" + NAMED_POSTCODES + ")))");
            }
            sql.append(")))))");
        }
        boolean when = !query.day().isEmpty() || query.from() != null || query.to() != null;
        if (when) {
            String oc = occurrence != null ? occurrence : "w";
            var conditions = new StringBuilder();
            if (query.from() != null) {
                conditions.append(" and ").append(oc).append(".starts_at >= :from");
                params.put("from", startOfDay(query.from()));
            } else {
                conditions.append(" and ").append(oc).append(".starts_at >= :today");
                params.put("today", startOfDay(now));
            }
            if (query.to() != null) {
                conditions.append(" and ").append(oc).append(".starts_at < :to");
                params.put("to", startOfDay(query.to().plusDays(1)));
            }
            if (!query.day().isEmpty()) {
                conditions
                        // the zone as a literal, not a parameter: the expression must be V15's index expression
                        .append(" and extract(isodow from ")
                        .append(oc)
                        .append(".starts_at at time zone '" + StielTime.ZONE_ID
                                + "')::int = any(string_to_array(:days, ',')::int[])");
                params.put(
                        "days",
                        query.day().stream()
                                .map(DayOfWeek::getValue)
                                .map(String::valueOf)
                                .collect(Collectors.joining(",")));
            }
            if (occurrence != null) {
                sql.append(conditions);
            } else {
                sql.append(" and exists (select 1 from offer_occurrence w where w.offer_id = o.id")
                        .append(conditions)
                        .append(")");
            }
        }
        if (occurrence == null) {
            // an activity whose dates are all past is over, whatever its status says (last_start: V21)
            sql.append(" and (o.kind = 'SERVICE' or o.last_start >= :today)");
            params.put("today", startOfDay(now));
        }
        return sql.toString();
    }

    static OffsetDateTime startOfDay(Instant now) {
        return startOfDay(LocalDate.ofInstant(now, ZONE));
    }

    static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
