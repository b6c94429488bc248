package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;

/**
 * The offer module reads partners through the partners module's published read model (the views of its migration
 * V28, docs/adr/0026), never its tables: partners may change its tables without reading offer's SQL. The same for the
 * network module's reference places (the views of its migration V33 over the tables of V29).
 */
@StielTest
class OfferPartnersBoundaryTests {

    static final Path OFFER_SOURCES = Path.of("src/main/java/org/stiel/offer");
    static final Path PARTNERS_MIGRATIONS = Path.of("src/main/resources/db/migration/partners");
    static final Path NETWORK_MIGRATIONS = Path.of("src/main/resources/db/migration/network");

    @Autowired
    JdbcClient jdbc;

    @Test
    void offersSqlNamesNoTableOfThePartnersModule() throws IOException {
        var tables = tables(PARTNERS_MIGRATIONS);
        assertThat(tables).contains("partner", "partner_location", "network_partner");
        assertThat(offerSourcesNaming(tables)).isEmpty();
    }

    @Test
    void offersSqlNamesNoTableOfThePlacesButTheirViews() throws IOException {
        // the offer's public search still reads network.slug from network's own table (docs/adr/0026): only the
        // reference places are published as views so far
        var tables = tables(NETWORK_MIGRATIONS).stream()
                .filter(t -> t.startsWith("place_"))
                .toList();
        assertThat(tables).contains("place_postcode", "place_municipality");
        assertThat(offerSourcesNaming(tables)).isEmpty();
        assertThat(offerSourcesNaming(List.of("places_postcode", "places_postcode_name")))
                .as("the search reads the views, so the check above guards the real SQL")
                .isNotEmpty();
    }

    /** "file names table" for each offer source whose code (comments aside) names one of the tables in SQL. */
    static List<String> offerSourcesNaming(List<String> tables) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(OFFER_SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // comments may speak of "a partner"; the SQL is in the code's strings
                var source =
                        Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
                for (var table : tables) {
                    if (namesTable(source, table)) {
                        found.add(OFFER_SOURCES.relativize(file) + " names " + table);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theCheckRecognisesATableInAQuery() {
        // so that the check above cannot pass by matching nothing
        assertThat(namesTable("select 1 from network_partner np where", "network_partner"))
                .isTrue();
        assertThat(namesTable("from offer o\n  join partner p on p.id = o.partner_id", "partner"))
                .isTrue();
        assertThat(namesTable("insert into partner_location (id) values (?)", "partner_location"))
                .isTrue();
        assertThat(namesTable("join partners_summary p on p.id = o.partner_id", "partner"))
                .isFalse();
        assertThat(namesTable("select o.partner_id from offer o", "partner")).isFalse();
    }

    @Test
    void thePublishedReadModelCannotBeWrittenThrough() {
        var partner = jdbc.sql("select partner_id from partners_membership limit 1")
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("update partners_summary set name = 'Overwritten' where id = ?")
                        .param(partner)
                        .update())
                .hasMessageContaining("partners_summary is read-only");
        assertThatThrownBy(() -> jdbc.sql("delete from partners_membership where partner_id = ?")
                        .param(partner)
                        .update())
                .hasMessageContaining("partners_membership is read-only");
        assertThat(jdbc.sql("select count(*) from partners_membership where partner_id = ?")
                        .param(partner)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void thePlacesViewsCannotBeWrittenThroughAndKnowRealPlaces() {
        assertThatThrownBy(() -> jdbc.sql("update places_postcode set latitude = 0 where postcode = '9000'")
                        .update())
                .hasMessageContaining("places_postcode is read-only");
        assertThatThrownBy(() -> jdbc.sql("delete from places_postcode_name where postcode = '9000'")
                        .update())
                .hasMessageContaining("places_postcode_name is read-only");
        // one point per postcode: 9050's two places (Gentbrugge, Ledeberg) averaged, with their municipality's name
        var gentbrugge = jdbc.sql("select municipality, latitude from places_postcode where postcode = '9050'")
                .query((rs, row) -> rs.getString(1) + " " + Math.round(rs.getDouble(2) * 10_000))
                .list();
        assertThat(gentbrugge).containsExactly("Gent " + Math.round((51.0447236 + 51.0372053) / 2 * 10_000));
        assertThat(jdbc.sql("select postcode from places_postcode_name where name = 'Sint-Amandsberg'")
                        .query(String.class)
                        .list())
                .containsExactly("9040");
    }

    /** The tables a module's migrations create. */
    static List<String> tables(Path migrations) throws IOException {
        var create = Pattern.compile("(?i)create table\\s+(\\w+)");
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (var file : files.toList()) {
                var matcher = create.matcher(Files.readString(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase());
                }
            }
        }
        return tables;
    }

    static boolean namesTable(String source, String table) {
        return Pattern.compile("(?i)(\\bfrom|\\bjoin|\\binto|\\bupdate)\\s+" + table + "\\b")
                .matcher(source)
                .find();
    }
}
