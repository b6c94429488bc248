package org.stiel.partners;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/** Read models of the directory, in SQL; every query joins network_partner on the network asked for. */
@Repository
class PartnerQueries {

    private static final String SUMMARY = """
            select p.id, p.name, p.description, p.kind, p.life_domains, p.reach, np.core,
                   array(select distinct l.city from partner_location l where l.partner_id = p.id order by 1) as cities
            from partner p
            join network_partner np on np.partner_id = p.id and np.network_id = :network
            """;

    private final JdbcClient jdbc;

    PartnerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every partner of the network that matches, in the list's order: for other modules' choices. */
    List<PartnerSummary> search(NetworkId network, PartnerSearch search) {
        var filter = new Filter(network, search);
        return jdbc.sql(SUMMARY + filter.where + filter.order())
                .params(filter.params)
                .query(PartnerQueries::summary)
                .list();
    }

    List<PartnerSummary> summaries(NetworkId network, java.util.Collection<PartnerId> ids) {
        return jdbc.sql(SUMMARY + " where p.id = any(:ids)")
                .param("network", network.value())
                .param("ids", ids.stream().map(PartnerId::value).distinct().toArray(UUID[]::new))
                .query(PartnerQueries::summary)
                .list();
    }

    /**
     * One page of the partner list. Browsing is ordered by (lower(name), id), read on {@code partner_name_idx}; a
     * search by words is ordered by relevance, then name and id, and its cursor carries the rank: a partner's rank
     * for the same words only changes when its record does, so the next page continues where the last one ended.
     */
    ListPage<PartnerSummary> page(NetworkId network, PartnerSearch search, Paging paging) {
        var filter = new Filter(network, search);
        var sql = new StringBuilder(SUMMARY.replace(
                        " as cities", " as cities, lower(p.name) as sort_name, " + filter.rank() + " as rank"))
                .append(filter.where);
        Cursor after = paging.after();
        if (after != null) {
            filter.params.put("afterName", after.text(0));
            filter.params.put("afterId", after.uuid(1));
            if (filter.ranked) {
                filter.params.put("afterRank", after.decimal(2));
                sql.append(" and (")
                        .append(filter.rank())
                        .append(" < cast(:afterRank as real) or (")
                        .append(filter.rank())
                        .append(" = cast(:afterRank as real) and (lower(p.name), p.id) > (:afterName, :afterId)))");
            } else {
                sql.append(" and (lower(p.name), p.id) > (:afterName, :afterId)");
            }
        }
        filter.params.put("limit", paging.limit());
        List<Ranked> rows = jdbc.sql(
                        sql.append(filter.order()).append(" limit :limit").toString())
                .params(filter.params)
                .query((rs, i) -> new Ranked(summary(rs, i), rs.getString("sort_name"), rs.getFloat("rank")))
                .list();
        return ListPage.of(
                        rows,
                        paging,
                        row -> filter.ranked
                                ? Cursor.of(row.sortName, row.summary.id().value(), row.rank)
                                : Cursor.of(row.sortName, row.summary.id().value()))
                .map(Ranked::summary);
    }

    /** The partners of the network by name, as choices: one index-only join, no locations. */
    List<PartnerChoice> choices(NetworkId network) {
        return jdbc.sql("""
                        select p.id, p.name from partner p
                        join network_partner np on np.partner_id = p.id and np.network_id = ?
                        order by lower(p.name), p.id
                        """)
                .param(network.value())
                .query((rs, i) ->
                        new PartnerChoice(new PartnerId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    /** How many partners of the network match: the list's status line. */
    int count(NetworkId network, PartnerSearch search) {
        var filter = new Filter(network, search);
        return jdbc.sql("select count(*) from partner p join network_partner np on np.partner_id = p.id"
                        + " and np.network_id = :network" + filter.where)
                .params(filter.params)
                .query(Integer.class)
                .single();
    }

    private record Ranked(PartnerSummary summary, String sortName, float rank) {}

    /** The where clause of a search and its parameters, shared by the list, its pages and its count. */
    private static final class Filter {

        final Map<String, Object> params = new LinkedHashMap<>();
        final boolean ranked;
        final String where;

        Filter(NetworkId network, PartnerSearch search) {
            var sql = new StringBuilder(" where true");
            params.put("network", network.value());
            String tsquery = prefixQuery(search.q());
            ranked = !tsquery.isEmpty();
            if (ranked) {
                // full-text with Dutch stemming and prefixes ("kind" finds "kinderen"), or a part of the name
                sql.append(" and (p.search @@ to_tsquery('dutch', :q) or p.name ilike :like escape '\\')");
                params.put("q", tsquery);
                params.put("like", "%" + escapeLike(search.q().strip()) + "%");
            }
            if (search.lifeDomain() != null) {
                sql.append(" and :domain = any(p.life_domains)");
                params.put("domain", search.lifeDomain().name());
            }
            if (search.kind() != null) {
                sql.append(" and p.kind = :kind");
                params.put("kind", search.kind().name());
            }
            if (search.core() != null) {
                sql.append(" and np.core = :core");
                params.put("core", search.core());
            }
            if (search.municipality() != null) {
                // the text block loses its indentation: the space keeps "and" apart from what precedes it
                sql.append(" ").append("""
                         and exists (select 1 from partner_location l
                                     join municipality m on m.id = :municipality and m.network_id = :network
                                     where l.partner_id = p.id and l.postcode = any(m.postcodes))""");
                params.put("municipality", search.municipality().value());
            }
            where = sql.toString();
        }

        String rank() {
            return ranked ? "ts_rank(p.search, to_tsquery('dutch', :q))" : "cast(0 as real)";
        }

        String order() {
            return ranked ? " order by " + rank() + " desc, lower(p.name), p.id" : " order by lower(p.name), p.id";
        }
    }

    /**
     * The coverage matrix, counted in SQL: per life domain and municipality of the network, how many partners have
     * that domain and a location in that municipality. Only cells with partners come back.
     */
    List<Cell> coverageCells(NetworkId network) {
        return jdbc.sql("""
                        select d.domain, m.id as municipality, count(distinct p.id) as partners
                        from network_partner np
                        join partner p on p.id = np.partner_id
                        cross join unnest(p.life_domains) as d(domain)
                        join partner_location l on l.partner_id = p.id
                        join municipality m on m.network_id = np.network_id and l.postcode = any(m.postcodes)
                        where np.network_id = ?
                        group by d.domain, m.id
                        """)
                .param(network.value())
                .query((rs, i) -> new Cell(
                        LifeDomain.valueOf(rs.getString("domain")),
                        rs.getObject("municipality", UUID.class),
                        rs.getInt("partners")))
                .list();
    }

    record Cell(LifeDomain lifeDomain, UUID municipality, int partners) {}

    /** Per life domain, how many partners of the network serve it, wherever they are. */
    Map<LifeDomain, Integer> coverageTotals(NetworkId network) {
        Map<LifeDomain, Integer> totals = new EnumMap<>(LifeDomain.class);
        jdbc.sql("""
                        select d.domain, count(*) as partners
                        from network_partner np
                        join partner p on p.id = np.partner_id
                        cross join unnest(p.life_domains) as d(domain)
                        where np.network_id = ?
                        group by d.domain
                        """).param(network.value()).query(rs -> {
            totals.put(LifeDomain.valueOf(rs.getString("domain")), rs.getInt("partners"));
        });
        return totals;
    }

    /** How many partners of the network have no location in any of its municipalities. */
    int withoutLocation(NetworkId network) {
        return jdbc.sql("""
                        select count(*) from network_partner np
                        where np.network_id = :network
                          and not exists (select 1 from partner_location l
                                          join municipality m on m.network_id = :network
                                                             and l.postcode = any(m.postcodes)
                                          where l.partner_id = np.partner_id)
                        """)
                .param("network", network.value())
                .query(Integer.class)
                .single();
    }

    private static PartnerSummary summary(ResultSet rs, int row) throws SQLException {
        return new PartnerSummary(
                new PartnerId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("description"),
                PartnerKind.valueOf(rs.getString("kind")),
                lifeDomains(rs.getArray("life_domains")),
                Reach.valueOf(rs.getString("reach")),
                rs.getBoolean("core"),
                List.of(strings(rs.getArray("cities"))));
    }

    private static Set<LifeDomain> lifeDomains(Array array) throws SQLException {
        var domains = EnumSet.noneOf(LifeDomain.class);
        Arrays.stream(strings(array)).map(LifeDomain::valueOf).forEach(domains::add);
        return domains;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** Every word of the input as a prefix, all required: {@code "kind opvang"} becomes {@code kind:* & opvang:*}. */
    static String prefixQuery(String q) {
        if (q == null) {
            return "";
        }
        return Arrays.stream(q.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(java.util.stream.Collectors.joining(" & "));
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
