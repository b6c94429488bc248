package org.stiel.offer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The postcode_point table: where a postcode lies, for distance searches from a family's postcode. */
@Repository
class PostcodePoints {

    private final JdbcClient jdbc;

    PostcodePoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void define(String postcode, String municipality, double latitude, double longitude) {
        jdbc.sql("""
                        insert into postcode_point (postcode, municipality, latitude, longitude) values (?, ?, ?, ?)
                        on conflict (postcode) do update set municipality = excluded.municipality,
                            latitude = excluded.latitude, longitude = excluded.longitude
                        """).params(postcode, municipality, latitude, longitude).update();
    }
}
