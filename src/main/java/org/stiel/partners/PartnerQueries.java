package org.stiel.partners;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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

    List<PartnerSummary> search(NetworkId network, PartnerSearch search) {
        var sql = new StringBuilder(SUMMARY).append(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("network", network.value());
        String order = " order by lower(p.name)";
        String tsquery = prefixQuery(search.q());
        if (!tsquery.isEmpty()) {
            // full-text with Dutch stemming and prefixes ("kind" finds "kinderen"), or a part of the name
            sql.append(" and (p.search @@ to_tsquery('dutch', :q) or p.name ilike :like escape '\\')");
            params.put("q", tsquery);
            params.put("like", "%" + escapeLike(search.q().strip()) + "%");
            order = " order by ts_rank(p.search, to_tsquery('dutch', :q)) desc, lower(p.name)";
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
        return jdbc.sql(sql.append(order).toString())
                .params(params)
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

    /** Per partner of the network: its life domains and the postcodes of its locations. */
    List<Footprint> footprints(NetworkId network) {
        return jdbc.sql("""
                        select p.id, p.life_domains,
                               array(select l.postcode from partner_location l where l.partner_id = p.id) as postcodes
                        from partner p join network_partner np on np.partner_id = p.id and np.network_id = ?
                        """)
                .param(network.value())
                .query((rs, i) -> new Footprint(
                        rs.getObject("id", UUID.class),
                        lifeDomains(rs.getArray("life_domains")),
                        Set.of(strings(rs.getArray("postcodes")))))
                .list();
    }

    record Footprint(UUID partner, Set<LifeDomain> lifeDomains, Set<String> postcodes) {}

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
