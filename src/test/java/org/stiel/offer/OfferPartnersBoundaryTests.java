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
 * V28, docs/adr/0026), never its tables: partners may change its tables without reading offer's SQL.
 */
@StielTest
class OfferPartnersBoundaryTests {

    static final Path OFFER_SOURCES = Path.of("src/main/java/org/stiel/offer");
    static final Path PARTNERS_MIGRATIONS = Path.of("src/main/resources/db/migration/partners");

    @Autowired
    JdbcClient jdbc;

    @Test
    void offersSqlNamesNoTableOfThePartnersModule() throws IOException {
        var tables = partnersTables();
        assertThat(tables).contains("partner", "partner_location", "network_partner");
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
        assertThat(found).isEmpty();
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

    /** The tables the partners module's migrations create. */
    static List<String> partnersTables() throws IOException {
        var create = Pattern.compile("(?i)create table\\s+(\\w+)");
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(PARTNERS_MIGRATIONS)) {
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
