package org.stiel.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.partners.PartnerId;
import org.stiel.platform.StielTime;

/**
 * The offer as families see it, without logging in: the search, the calendar, an offer's page and the iCalendar
 * feeds. Only published offers that have not ended, of partners that belong to a network, are ever read here; an
 * offer that is not public is "not found". Nothing is cached: a change a partner saves shows at once.
 */
@Service
@Transactional(readOnly = true)
public class OfferCatalog {

    /** The families' calendar shows at most this many occurrences at once. */
    public static final int CALENDAR_LIMIT = 1000;

    /** A feed holds at most this many events. */
    public static final int FEED_LIMIT = 2000;

    /** How far back a feed starts: a calendar app keeps the recent past in view. */
    public static final int FEED_DAYS_BACK = 30;

    private final JdbcClient jdbc;
    private final OfferQueries queries;
    private final Clock clock;

    OfferCatalog(JdbcClient jdbc, OfferQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    /** A page of the offers that match, best match first (by name when no words are given). */
    public PublicOfferResults search(OfferQuery query) {
        var statement = OfferCatalogQueries.search(query, clock.instant());
        if (statement.planForValues()) {
            planForTheseValues();
        }
        List<PublicOfferSummary> offers = new ArrayList<>();
        int[] total = {0};
        jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
            total[0] = rs.getInt("total");
            if (rs.getObject("id") != null) {
                offers.add(summary(rs));
            }
        });
        boolean more = total[0] > OfferCatalogQueries.COUNT_LIMIT;
        return new PublicOfferResults(
                offers,
                Math.min(total[0], OfferCatalogQueries.COUNT_LIMIT),
                more,
                query.page(),
                OfferCatalogQueries.PAGE_SIZE);
    }

    /**
     * The activities a search finds that take place on the days {@code from} to {@code to} (both included), in time
     * order, at most {@link #CALENDAR_LIMIT}.
     */
    public List<PublicOfferOccurrence> calendar(OfferQuery query, LocalDate from, LocalDate to) {
        return occurrences(query, from, to.plusDays(1), true, null, CALENDAR_LIMIT);
    }

    /** The events of a search's feed: its activities from {@link #FEED_DAYS_BACK} days ago to the horizon. */
    public List<PublicOfferOccurrence> feed(OfferQuery query) {
        LocalDate today = today();
        return occurrences(
                query.withPage(1),
                today.minusDays(FEED_DAYS_BACK),
                today.plusMonths(Occurrences.HORIZON_MONTHS).plusDays(1),
                true,
                null,
                FEED_LIMIT);
    }

    /** The events of a partner's feed: all its public offers, services included. */
    public List<PublicOfferOccurrence> partnerFeed(PartnerId partner) {
        LocalDate today = today();
        return occurrences(
                OfferQuery.all(),
                today.minusDays(FEED_DAYS_BACK),
                today.plusMonths(Occurrences.HORIZON_MONTHS).plusDays(1),
                false,
                partner.value(),
                FEED_LIMIT);
    }

    /** The name of a partner that belongs to a network, for the title of its feed. */
    public Optional<String> partnerName(PartnerId partner) {
        return jdbc.sql("""
                        select p.name from partners_summary p
                        where p.id = ? and exists (select 1 from partners_membership np where np.partner_id = p.id)
                        """).param(partner.value()).query(String.class).optional();
    }

    /** A public offer, or empty when there is none by that id or it is not public. */
    public Optional<PublicOffer> find(OfferId id) {
        boolean visible = jdbc.sql("""
                        select count(*) from offer o
                        where o.id = ? and o.published and o.status <> 'ENDED'
                          and exists (select 1 from partners_membership np where np.partner_id = o.partner_id)
                        """).param(id.value()).query(Integer.class).single() > 0;
        if (!visible) {
            return Optional.empty();
        }
        return queries.view(id.value()).map(view -> PublicOffer.of(view, today()));
    }

    /** The coming occurrences of a public offer (today's included), at most {@code limit}. */
    public List<PublicOfferOccurrence> coming(OfferId id, int limit) {
        return jdbc.sql("""
                        select oc.offer_id, oc.schedule_id, o.name, p.name as partner_name, o.kind, oc.starts_at,
                               oc.ends_at, oc.all_day, o.online,
                               (select concat_ws(', ', l.name, l.street, l.postcode || ' ' || l.city)
                                from offer_location ol join partners_place l on l.id = ol.location_id
                                     and l.partner_id = o.partner_id
                                where ol.offer_id = o.id order by ol.position limit 1) as place
                        from offer_occurrence oc join offer o on o.id = oc.offer_id
                        join partners_summary p on p.id = o.partner_id
                        where oc.offer_id = :offer and oc.starts_at >= :today
                          and o.published and o.status <> 'ENDED'
                        order by oc.starts_at, oc.schedule_id
                        limit :limit
                        """)
                .param("offer", id.value())
                .param("today", OfferCatalogQueries.startOfDay(clock.instant()))
                .param("limit", limit)
                .query(OfferCatalog::occurrence)
                .list();
    }

    /**
     * Lets PostgreSQL plan the next statements of this transaction for their actual values. The statements go out
     * with parameters; after five executions PostgreSQL may switch to one generic plan per statement, which does not
     * know whether a place is small or a day rare and ran such searches up to ten times slower (docs/benchmarks.md).
     * Planning each time costs 1.5 to 2 ms, so only the statements whose best plan depends on their values ask for it
     * ({@link OfferCatalogQueries.Statement#planForValues()}). {@code set local} ends with the transaction, so nothing
     * else on the pooled connection is affected.
     */
    private void planForTheseValues() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    private List<PublicOfferOccurrence> occurrences(
            OfferQuery query, LocalDate from, LocalDate toExclusive, boolean activitiesOnly, UUID partner, int limit) {
        var statement = OfferCatalogQueries.occurrences(
                query,
                clock.instant(),
                from.atStartOfDay(StielTime.ZONE).toInstant(),
                toExclusive.atStartOfDay(StielTime.ZONE).toInstant(),
                activitiesOnly,
                partner,
                limit);
        if (statement.planForValues()) {
            planForTheseValues();
        }
        return jdbc.sql(statement.sql())
                .params(statement.params())
                .query(OfferCatalog::occurrence)
                .list();
    }

    private static PublicOfferOccurrence occurrence(ResultSet rs, int row) throws SQLException {
        return new PublicOfferOccurrence(
                new OfferId(rs.getObject("offer_id", UUID.class)),
                rs.getObject("schedule_id", UUID.class),
                rs.getString("name"),
                rs.getString("partner_name"),
                OfferKind.valueOf(rs.getString("kind")),
                zoned(rs, "starts_at"),
                zoned(rs, "ends_at"),
                rs.getBoolean("all_day"),
                rs.getString("place"),
                rs.getBoolean("online"));
    }

    private static PublicOfferSummary summary(ResultSet rs) throws SQLException {
        return new PublicOfferSummary(
                new OfferId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                OfferKind.valueOf(rs.getString("kind")),
                rs.getString("partner_name"),
                rs.getString("summary"),
                OfferCost.valueOf(rs.getString("cost")),
                rs.getBigDecimal("price"),
                rs.getBoolean("reduced_tariff"),
                OfferQueries.integer(rs, "age_min_months"),
                OfferQueries.integer(rs, "age_max_months"),
                rs.getBoolean("online"),
                OfferStatus.valueOf(rs.getString("status")),
                List.of(OfferQueries.strings(rs.getArray("cities"))),
                zoned(rs, "next_start"),
                zoned(rs, "next_end"),
                rs.getBoolean("next_all_day"));
    }

    private static ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(StielTime.ZONE);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), StielTime.ZONE);
    }

    /** The catalog's clock, for DTSTAMP and the like. */
    public Instant now() {
        return clock.instant();
    }
}
