package org.stiel.offer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * Read models of the offer, in SQL. Every query of one network joins partners_membership on that network: an offer is
 * seen where its partner is a member. Partner names and places come from the partners module's published read model
 * (the views partners_membership, partners_summary and partners_place, docs/adr/0026), never from its tables, so a
 * list stays one statement on the same indexes.
 */
@Repository
class OfferQueries {

    private final JdbcClient jdbc;

    OfferQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The offer's partner, when the offer is visible in the network. */
    Optional<UUID> partnerOf(NetworkId network, UUID offer) {
        return jdbc.sql("""
                        select o.partner_id from offer o
                        join partners_membership np on np.partner_id = o.partner_id and np.network_id = ?
                        where o.id = ?
                        """).params(network.value(), offer).query(UUID.class).optional();
    }

    boolean exists(UUID offer) {
        return jdbc.sql("select count(*) from offer where id = ?")
                        .param(offer)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<OfferView> view(NetworkId network, UUID offer) {
        return partnerOf(network, offer).flatMap(partner -> view(offer));
    }

    /** Unscoped: only for callers that checked the network. */
    Optional<OfferView> view(UUID offer) {
        var costOptions = jdbc.sql(
                        "select option, amount, currency from offer_cost_option where offer_id = ? order by position")
                .param(offer)
                .query(OfferView.CostOption.class)
                .list();
        var places = jdbc.sql("""
                        select l.id, l.name, l.street, l.postcode, l.city, l.latitude, l.longitude
                        from offer_location ol join partners_place l on l.id = ol.location_id
                        join offer o on o.id = ol.offer_id and l.partner_id = o.partner_id
                        where ol.offer_id = ? order by ol.position
                        """).param(offer).query(OfferView.Place.class).list();
        var schedules = jdbc.sql("""
                        select id, description, valid_from, valid_to, dtstart, opens_at, closes_at, freq, "interval",
                               byday, bymonthday, count, until, notes
                        from offer_schedule where offer_id = ? order by position
                        """).param(offer).query(OfferQueries::schedule).list();
        var closures = jdbc.sql(
                        "select from_date, to_date, reason from offer_closure where offer_id = ? order by position")
                .param(offer)
                .query(OfferView.Closure.class)
                .list();
        return jdbc.sql("""
                        select o.*, p.name as partner_name from offer o join partners_summary p on p.id = o.partner_id
                        where o.id = ?
                        """)
                .param(offer)
                .query((rs, row) -> new OfferView(
                        new OfferId(rs.getObject("id", UUID.class)),
                        new PartnerId(rs.getObject("partner_id", UUID.class)),
                        rs.getString("partner_name"),
                        OfferKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("description"),
                        enums(rs.getArray("audiences"), Audience.class),
                        integer(rs, "age_min_months"),
                        integer(rs, "age_max_months"),
                        OfferCost.valueOf(rs.getString("cost")),
                        rs.getBigDecimal("price"),
                        rs.getBoolean("reduced_tariff"),
                        rs.getString("cost_notes"),
                        costOptions,
                        List.of(strings(rs.getArray("languages"))),
                        rs.getBoolean("interpretation"),
                        rs.getString("accessibility"),
                        rs.getBoolean("registration_required"),
                        rs.getString("registration_how"),
                        rs.getString("registration_url"),
                        integer(rs, "capacity"),
                        integer(rs, "places_left"),
                        OfferReach.valueOf(rs.getString("reach")),
                        Pillar.valueOf(rs.getString("pillar")),
                        enums(rs.getArray("life_domains"), LifeDomain.class),
                        OfferStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("online"),
                        rs.getString("online_url"),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        rs.getBoolean("published"),
                        rs.getObject("last_verified", LocalDate.class),
                        rs.getBoolean("closed_in_school_holidays"),
                        places,
                        schedules,
                        closures,
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version")))
                .optional();
    }

    private static final String SUMMARY = """
            select o.id, o.name, o.partner_id, p.name as partner_name, o.kind, o.status, o.pillar, o.published,
                   o.last_verified, lower(p.name) as partner_sort, lower(o.name) as offer_sort
            from offer o
            join partners_membership np on np.partner_id = o.partner_id and np.network_id = :network
            join partners_summary p on p.id = o.partner_id
            where true""";

    /** Every offer of the network that passes the filter, by partner, then name: for lookups and exports. */
    List<OfferSummary> list(NetworkId network, OfferFilter filter, LocalDate staleOnOrBefore) {
        var where = new Where(network, filter, staleOnOrBefore);
        return jdbc.sql(SUMMARY + where.sql + " order by lower(p.name), lower(o.name), o.id")
                .params(where.params)
                .query((rs, row) -> summary(rs, staleOnOrBefore))
                .list();
    }

    Map<OfferId, String> names(NetworkId network, java.util.Collection<OfferId> ids) {
        Map<OfferId, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.name from offer o
                        join partners_membership np on np.partner_id = o.partner_id and np.network_id = :network
                        where o.id = any(:ids)
                        """)
                .param("network", network.value())
                .param("ids", ids.stream().map(OfferId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> names.put(new OfferId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
        return names;
    }

    /**
     * One page of the offer list, ordered by (partner name, offer name, id); the cursor carries all three. The offers
     * of one partner (the partner's list) are read on offer_partner_name_idx (partner_id, lower(name), id) in that
     * order; the network's list joins its partners' offers and keeps the first rows after the cursor.
     */
    ListPage<OfferSummary> page(NetworkId network, OfferFilter filter, LocalDate staleOnOrBefore, Paging paging) {
        var where = new Where(network, filter, staleOnOrBefore);
        var sql = new StringBuilder(SUMMARY).append(where.sql);
        Cursor after = paging.after();
        if (after != null) {
            where.params.put("afterPartner", after.text(0));
            where.params.put("afterName", after.text(1));
            where.params.put("afterId", after.uuid(2));
            // within one partner its name is the same on every row: comparing the offer's name and id alone lets
            // the index give the order. Across partners, the redundant "lower(p.name) >=" lets the scan of
            // partner_name_idx start at the cursor's partner instead of at the top of the list.
            sql.append(
                    filter.partner() != null
                            ? " and (lower(o.name), o.id) > (:afterName, :afterId)"
                            : " and lower(p.name) >= :afterPartner"
                                    + " and (lower(p.name), lower(o.name), o.id) > (:afterPartner, :afterName, :afterId)");
        }
        sql.append(
                filter.partner() != null
                        ? " order by lower(o.name), o.id"
                        : " order by lower(p.name), lower(o.name), o.id");
        where.params.put("limit", paging.limit());
        List<Sorted> rows = jdbc.sql(sql.append(" limit :limit").toString())
                .params(where.params)
                .query((rs, row) -> new Sorted(
                        summary(rs, staleOnOrBefore), rs.getString("partner_sort"), rs.getString("offer_sort")))
                .list();
        return ListPage.of(
                        rows,
                        paging,
                        row -> Cursor.of(
                                row.partnerSort, row.offerSort, row.summary.id().value()))
                .map(Sorted::summary);
    }

    /** How many offers of the network pass the filter: the list's status line. */
    int count(NetworkId network, OfferFilter filter, LocalDate staleOnOrBefore) {
        var where = new Where(network, filter, staleOnOrBefore);
        return jdbc.sql("""
                        select count(*) from offer o
                        join partners_membership np on np.partner_id = o.partner_id and np.network_id = :network
                        where true""" + where.sql)
                .params(where.params)
                .query(Integer.class)
                .single();
    }

    private record Sorted(OfferSummary summary, String partnerSort, String offerSort) {}

    /** The filter as a where clause and its parameters, shared by the list, its pages and its count. */
    private static final class Where {

        final Map<String, Object> params = new LinkedHashMap<>();
        final String sql;

        Where(NetworkId network, OfferFilter filter, LocalDate staleOnOrBefore) {
            var sql = new StringBuilder();
            params.put("network", network.value());
            if (filter.partner() != null) {
                sql.append(" and o.partner_id = :partner");
                params.put("partner", filter.partner());
            }
            if (filter.kind() != null) {
                sql.append(" and o.kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.status() != null) {
                sql.append(" and o.status = :status");
                params.put("status", filter.status().name());
            }
            if (filter.stale()) {
                sql.append(" and o.last_verified <= :staleDate and o.status <> 'ENDED'");
                params.put("staleDate", staleOnOrBefore);
            }
            this.sql = sql.toString();
        }
    }

    private static OfferSummary summary(ResultSet rs, LocalDate staleOnOrBefore) throws SQLException {
        LocalDate verified = rs.getObject("last_verified", LocalDate.class);
        return new OfferSummary(
                new OfferId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                new PartnerId(rs.getObject("partner_id", UUID.class)),
                rs.getString("partner_name"),
                OfferKind.valueOf(rs.getString("kind")),
                OfferStatus.valueOf(rs.getString("status")),
                Pillar.valueOf(rs.getString("pillar")),
                rs.getBoolean("published"),
                verified,
                !verified.isAfter(staleOnOrBefore));
    }

    private static OfferView.Schedule schedule(ResultSet rs, int row) throws SQLException {
        String freq = rs.getString("freq");
        return new OfferView.Schedule(
                rs.getObject("id", UUID.class),
                rs.getString("description"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getObject("dtstart", LocalDate.class),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                freq == null ? null : Frequency.valueOf(freq),
                integer(rs, "interval"),
                rs.getString("byday"),
                integer(rs, "bymonthday"),
                integer(rs, "count"),
                rs.getObject("until", LocalDate.class),
                rs.getString("notes"));
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        var values = EnumSet.noneOf(type);
        Arrays.stream(strings(array)).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        return values;
    }

    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static <T> List<T> mutable(List<T> list) {
        return new ArrayList<>(list);
    }
}
