package org.stiel.network;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.platform.RuleViolation;

/**
 * The reference list of places: the Flemish municipalities since 2025 and the Belgian postcodes (loaded by a
 * migration from Statbel's and bpost's files), plus the demo's invented ones. Installation data, not a network's:
 * every network picks its municipalities from it.
 */
@Service
@Transactional(readOnly = true)
public class Places {

    private static final String SELECT = """
            select m.nis_code, m.name_nl, m.name_fr, m.province_nl, m.arrondissement_nl, m.merged_from, m.invented,
                   m.latitude, m.longitude,
                   array(select distinct p.postcode from place_postcode p
                         where p.nis_code = m.nis_code order by p.postcode) as postcodes
            from place_municipality m
            """;

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality with this (2025 or invented) NIS code. */
    public Optional<Place> find(String nisCode) {
        return jdbc.sql(SELECT + " where m.nis_code = ?")
                .param(nisCode)
                .query(Places::place)
                .optional();
    }

    /**
     * Municipalities whose name begins with the words typed (accents and case aside), or that have the postcode typed,
     * by name; at most {@code limit}.
     */
    public List<Place> search(String query, int limit) {
        var q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.matches("\\d{1,4}")) {
            return jdbc.sql(SELECT + """
                             where exists (select 1 from place_postcode p
                                           where p.nis_code = m.nis_code and p.postcode like ? || '%')
                             order by m.invented, m.name_nl limit ?
                            """).params(q, limit).query(Places::place).list();
        }
        return jdbc.sql(SELECT + """
                         where stiel_unaccent(lower(m.name_nl)) like stiel_unaccent(lower(?)) || '%'
                            or stiel_unaccent(lower(m.name_nl)) like '%' || stiel_unaccent(lower(?)) || '%'
                         order by stiel_unaccent(lower(m.name_nl)) like stiel_unaccent(lower(?)) || '%' desc,
                                  m.invented, m.name_nl
                         limit ?
                        """)
                .params(q, q, q, limit)
                .query(Places::place)
                .list();
    }

    /**
     * The 2025 code of a municipality given by a code of before the mergers: itself when it still exists, the merged
     * municipality's when it was merged, empty when unknown.
     */
    public Optional<String> currentCode(String nisCode) {
        return jdbc.sql("""
                        select nis_code from place_municipality where nis_code = :code
                        union all
                        select nis_code from place_municipality where :code = any(merged_from) and nis_code <> :code
                        limit 1
                        """).param("code", nisCode).query(String.class).optional();
    }

    /**
     * Adds (or moves) a municipality the demo or the benchmark invented, with its postcodes. Refuses a real code or
     * a real postcode: invented places never hide real ones.
     */
    @Transactional
    public void defineInvented(InventedPlace place) {
        if (!place.nisCode().matches("99\\d{3}")) {
            throw RuleViolation.on("nisCode", "places.invented.code");
        }
        for (var postcode : place.postcodes()) {
            boolean real = jdbc.sql("""
                            select exists (select 1 from place_postcode p
                                           join place_municipality m on m.nis_code = p.nis_code
                                           where p.postcode = ? and not m.invented)
                                or exists (select 1 from place_postcode p where p.postcode = ?
                                           and not exists (select 1 from place_municipality m
                                                           where m.nis_code = p.nis_code))
                            """)
                    .params(postcode.postcode(), postcode.postcode())
                    .query(Boolean.class)
                    .single();
            if (real) {
                throw RuleViolation.on("postcodes", "places.invented.postcode", postcode.postcode());
            }
        }
        jdbc.sql("""
                        insert into place_municipality (nis_code, name_nl, invented) values (?, ?, true)
                        on conflict (nis_code) do update set name_nl = excluded.name_nl
                        """).params(place.nisCode(), place.name()).update();
        jdbc.sql("delete from place_postcode where nis_code = ?")
                .param(place.nisCode())
                .update();
        for (var postcode : place.postcodes()) {
            jdbc.sql("""
                            insert into place_postcode (postcode, place_nl, nis_code, region, latitude, longitude)
                            values (?, ?, ?, 'flanders', ?, ?)
                            """)
                    .params(
                            postcode.postcode(),
                            postcode.place(),
                            place.nisCode(),
                            postcode.latitude(),
                            postcode.longitude())
                    .update();
        }
        jdbc.sql("""
                        update place_municipality m set latitude = p.lat, longitude = p.lon
                        from (select avg(latitude) as lat, avg(longitude) as lon from place_postcode
                              where nis_code = :code) p
                        where m.nis_code = :code
                        """).param("code", place.nisCode()).update();
    }

    private static Place place(ResultSet rs, int row) throws SQLException {
        return new Place(
                rs.getString("nis_code"),
                rs.getString("name_nl"),
                rs.getString("name_fr"),
                rs.getString("province_nl"),
                rs.getString("arrondissement_nl"),
                strings(rs.getArray("merged_from")),
                rs.getBoolean("invented"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                strings(rs.getArray("postcodes")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
