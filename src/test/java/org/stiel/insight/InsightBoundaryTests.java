package org.stiel.insight;

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
 * Insight reads the offer through offer's published read model (the views of its V38, docs/adr/0029) and partners
 * through partners' (V28), never their tables; network and referrals data only through their APIs.
 */
@StielTest
class InsightBoundaryTests {

    static final Path INSIGHT_SOURCES = Path.of("src/main/java/org/stiel/insight");

    @Autowired
    JdbcClient jdbc;

    @Test
    void insightsSqlNamesNoTableOfAnotherModule() throws IOException {
        List<String> tables = new ArrayList<>();
        for (var module : List.of("offer", "partners", "network", "referrals", "planning")) {
            tables.addAll(tablesOf(Path.of("src/main/resources/db/migration/" + module)));
        }
        assertThat(tables)
                .contains(
                        "offer",
                        "offer_location",
                        "offer_occurrence",
                        "partner_location",
                        "municipality",
                        "place_municipality",
                        "referral");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(INSIGHT_SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source =
                        Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
                for (var table : tables) {
                    if (Pattern.compile("(?i)(\\bfrom|\\bjoin|\\binto|\\bupdate)\\s+" + table + "\\b")
                            .matcher(source)
                            .find()) {
                        found.add(INSIGHT_SOURCES.relativize(file) + " names " + table);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void offersPublishedReadModelCannotBeWrittenThrough() {
        var offer = jdbc.sql("select id from offer_supply limit 1")
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("update offer_supply set capacity = 0 where id = ?")
                        .param(offer)
                        .update())
                .hasMessageContaining("offer_supply is read-only");
        assertThatThrownBy(() -> jdbc.sql("delete from offer_supply_session where offer_id = ?")
                        .param(offer)
                        .update())
                .hasMessageContaining("offer_supply_session is read-only");
        assertThatThrownBy(() -> jdbc.sql("delete from offer_supply_place where offer_id = ?")
                        .param(offer)
                        .update())
                .hasMessageContaining("offer_supply_place is read-only");
    }

    private static List<String> tablesOf(Path folder) throws IOException {
        var create = Pattern.compile("(?i)create table\\s+(\\w+)");
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                var matcher = create.matcher(Files.readString(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase());
                }
            }
        }
        return tables;
    }
}
