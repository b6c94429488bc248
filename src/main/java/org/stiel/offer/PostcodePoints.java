package org.stiel.offer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a postcode lies (its centre, or the municipality's), for distance searches from a family's postcode. Kept by
 * the installation (demo, a reference import); not network data.
 */
@Service
public class PostcodePoints {

    private final JdbcClient jdbc;

    PostcodePoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places a postcode, or moves it. */
    @Transactional
    public void define(String postcode, String municipality, double latitude, double longitude) {
        jdbc.sql("""
                        insert into postcode_point (postcode, municipality, latitude, longitude) values (?, ?, ?, ?)
                        on conflict (postcode) do update set municipality = excluded.municipality,
                            latitude = excluded.latitude, longitude = excluded.longitude
                        """).params(postcode, municipality, latitude, longitude).update();
    }
}
