package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * A measured run, not a timed test: the whole Belgian population file (581 municipalities of 2024, some 600 000 rows,
 * written by {@link StatbelFiles#belgium}) read into a preview and confirmed, with the times logged for
 * docs/benchmarks.md ("Context imports"). Compiled in the bench profile only:
 * {@code ./mvnw -B -Pbench test -Dtest=StatbelImportMeasurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@StielTest
class StatbelImportMeasurement {

    private static final Logger log = LoggerFactory.getLogger(StatbelImportMeasurement.class);

    @Autowired
    ContextImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void wholeBelgianFile() throws IOException {
        var world = new ImportWorld(networks, accounts, partners, jdbc);
        var codes = codesOf2024();
        Path file = Files.createTempFile("TF_SOC_POP_STRUCT_2024", ".txt");
        long rows;
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            rows = StatbelFiles.belgium(out, codes);
        }
        long bytes = Files.size(file);
        long start = System.nanoTime();
        java.util.UUID id;
        try (var in = Files.newInputStream(file)) {
            id = imports.upload(
                    world.coordinator, ImportKind.STATBEL_POPULATION, "TF_SOC_POP_STRUCT_2024.txt", null, in);
        }
        long uploaded = System.nanoTime();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !imports.get(world.coordinator, id).reading());
        long read = System.nanoTime();
        int written = imports.confirm(world.coordinator, id);
        long confirmed = System.nanoTime();
        Files.deleteIfExists(file);

        log.info(
                "Context imports: Statbel file of {} municipalities, {} rows, {} MB: upload {} ms, read to preview {} ms,"
                        + " confirm {} ms ({} figures), total {} ms",
                codes.size(),
                rows,
                bytes / 1024 / 1024,
                (uploaded - start) / 1_000_000,
                (read - uploaded) / 1_000_000,
                (confirmed - read) / 1_000_000,
                written,
                (confirmed - start) / 1_000_000);
        assertThat(imports.get(world.coordinator, id).rows()).isEqualTo(rows);
        assertThat(written).isEqualTo(12);
        assertThat(ImportWorld.figure(jdbc, world.network, "44086", "CHILDREN_0_2", "2024-01-01"))
                .isEqualByComparingTo(String.valueOf(2 * StatbelFiles.belgiumCount(0, 2)));
        assertThat(ImportWorld.figure(jdbc, world.network, "44021", "CHILDREN_6_11", "2024-01-01"))
                .isEqualByComparingTo(String.valueOf(StatbelFiles.belgiumCount(6, 11)));
    }

    /**
     * The municipalities of 2024: Flanders' before the mergers (the parts of merged ones), then Brussels' and
     * Wallonia's codes (invented here: the reference list holds Flanders only) up to Belgium's 581.
     */
    private List<String> codesOf2024() {
        List<String> codes = new ArrayList<>(jdbc.sql("""
                        select code from (
                            select unnest(case when cardinality(merged_from) > 0 then merged_from
                                               else array[nis_code] end) as code
                            from place_municipality where not invented) c
                        group by code order by code
                        """)
                .query(String.class)
                .list());
        for (int i = 0; codes.size() < 581; i++) {
            codes.add(String.valueOf((i < 19 ? 21001 : 51001) + i));
        }
        return codes;
    }
}
