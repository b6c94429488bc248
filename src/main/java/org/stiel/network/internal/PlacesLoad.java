package org.stiel.network.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the real places into the tables of {@code V29__places.sql}: a migration rather than a load at every start,
 * so that the data is there, once, before anything reads it, and a new edition of the files comes as a new
 * migration. Spring Boot hands every {@link JavaMigration} bean to Flyway; the interface instead of Flyway's base
 * class because the base class wants the version in the class name.
 */
@Component
// public: tests and benchmark tools that run Flyway without Spring hand it this migration (Flyway#javaMigrations)
public class PlacesLoad implements JavaMigration {

    static final String MUNICIPALITIES = "reference/places/flemish-municipalities-2025.csv";
    static final String POSTCODES = "reference/places/be-postcodes.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("30");
    }

    @Override
    public String getDescription() {
        return "places load";
    }

    /** The files' CRC: Flyway then refuses to start on a database loaded from files that have since changed. */
    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        for (var path : new String[] {MUNICIPALITIES, POSTCODES}) {
            try (var in = new ClassPathResource(path).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        loadMunicipalities(connection);
        loadPostcodes(connection);
        try (var statement = connection.createStatement()) {
            // the middle of a municipality: the average of its postcodes' points (they all lie within 20 km of it)
            statement.execute("""
                    update place_municipality m set latitude = p.lat, longitude = p.lon
                    from (select nis_code, avg(latitude) as lat, avg(longitude) as lon
                          from place_postcode group by nis_code) p
                    where p.nis_code = m.nis_code
                    """);
            statement.execute("""
                    update municipality n set nis_code = m.nis_code
                    from place_municipality m
                    where n.nis_code is null
                      and stiel_unaccent(lower(n.name)) = stiel_unaccent(lower(m.name_nl))
                      and not exists (select 1 from municipality o
                                      where o.network_id = n.network_id and o.nis_code = m.nis_code)
                    """);
        }
    }

    private static void loadMunicipalities(Connection connection) throws IOException, SQLException {
        try (var reader = open(MUNICIPALITIES);
                var insert = connection.prepareStatement("""
                        insert into place_municipality (nis_code, name_nl, name_fr, province_nis, province_nl,
                            arrondissement_nis, arrondissement_nl, merged_from)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)) {
            for (CSVRecord row : csv().parse(reader)) {
                insert.setString(1, row.get("nis_code"));
                insert.setString(2, row.get("name_nl"));
                insert.setString(3, blankToNull(row.get("name_fr")));
                insert.setString(4, row.get("province_nis"));
                insert.setString(5, row.get("province_nl"));
                insert.setString(6, row.get("arrondissement_nis"));
                insert.setString(7, row.get("arrondissement_nl"));
                var merged = row.get("merged_from").isBlank()
                        ? new String[0]
                        : Arrays.stream(row.get("merged_from").split(";"))
                                .map(String::strip)
                                .toArray(String[]::new);
                insert.setArray(8, connection.createArrayOf("text", merged));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadPostcodes(Connection connection) throws IOException, SQLException {
        try (var reader = open(POSTCODES);
                var insert = connection.prepareStatement("""
                        insert into place_postcode (postcode, place_nl, nis_code, region, latitude, longitude)
                        values (?, ?, ?, ?, ?, ?)
                        """)) {
            for (CSVRecord row : csv().parse(reader)) {
                insert.setString(1, row.get("postcode"));
                insert.setString(2, row.get("place_nl"));
                insert.setString(3, row.get("municipality_nis"));
                insert.setString(4, row.get("region"));
                insert.setDouble(5, Double.parseDouble(row.get("latitude")));
                insert.setDouble(6, Double.parseDouble(row.get("longitude")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static CSVFormat csv() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private static Reader open(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
