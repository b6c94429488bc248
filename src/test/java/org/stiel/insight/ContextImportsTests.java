package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * The imports of context figures on small files: Statbel's population file (BOM, Statbel's header, zipped or not)
 * and long tables (CSV and XLSX, lenient headers, extra columns), with unknown codes, municipalities outside the
 * network, merged municipalities summed, duplicates and broken rows (nothing written), and a second import of the
 * same file that changes nothing. Each test uses periods of its own in one network of real municipalities.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextImportsTests {

    @Autowired
    ContextImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.stiel.insight.internal.ImportStore store;

    @Autowired
    org.stiel.insight.internal.StaleImports stale;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    ImportWorld world;

    @BeforeAll
    void world() {
        world = new ImportWorld(networks, accounts, partners, jdbc);
    }

    @Test
    void statbelFileIsSummedIntoAgeBandsWithMergedMunicipalitiesAndImportsOnceOnly() throws IOException {
        var file = statbel(List.of(
                StatbelFiles.row("44012", "De Pinte", "M", 0, 0, 5),
                StatbelFiles.row("44012", "De Pinte", "F", 0, 2, 3),
                StatbelFiles.row("44012", "De Pinte", "F", 0, 4, 7),
                StatbelFiles.row("44012", "De Pinte", "M", 0, 10, 2),
                StatbelFiles.row("44012", "De Pinte", "M", 0, 17, 1),
                StatbelFiles.row("44012", "De Pinte", "M", 1, 18, 100),
                StatbelFiles.row("44048", "Nazareth", "F", 0, 1, 10),
                StatbelFiles.row("44048", "Nazareth", "M", 0, 5, 4),
                StatbelFiles.row("44048", "Nazareth", "M", 0, 12, 6),
                StatbelFiles.row("44021", "Gent", "M", 0, 0, 100),
                StatbelFiles.row("44021", "Gent", "F", 0, 3, 50),
                StatbelFiles.row("11002", "Antwerpen", "F", 0, 0, 20),
                StatbelFiles.row("11007", "Borsbeek", "F", 0, 0, 2),
                StatbelFiles.row("11001", "Aartselaar", "F", 0, 0, 9),
                StatbelFiles.row("62063", "Liège", "F", 0, 0, 90),
                StatbelFiles.row("12345", "Nergens", "F", 0, 0, 1)));

        var id = read(ImportKind.STATBEL_POPULATION, "TF_SOC_POP_STRUCT_2024.txt", null, file);
        var state = imports.get(world.coordinator, id);
        assertThat(state.status()).isEqualTo("PREVIEW");
        assertThat(state.rows()).isEqualTo(16);
        assertThat(state.figures()).isEqualTo(12);
        assertThat(state.skipped()).isEqualTo(3);
        assertThat(imports.issues(world.coordinator, id))
                .extracting(ContextImports.Issue::messageKey, i -> List.of(i.arguments()), ContextImports.Issue::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "insight.import.skipped.outside", List.of("2", "11001, 62063"), 2L),
                        org.assertj.core.groups.Tuple.tuple(
                                "insight.import.skipped.unknownCode", List.of("12345"), 1L));
        // nothing is written before the coordinator confirms
        assertThat(value("44086", "CHILDREN_0_2", "2024-01-01")).isNull();

        assertThat(imports.confirm(world.coordinator, id)).isEqualTo(12);
        assertThat(value("44086", "CHILDREN_0_2", "2024-01-01")).isEqualByComparingTo("18");
        assertThat(value("44086", "CHILDREN_3_5", "2024-01-01")).isEqualByComparingTo("11");
        assertThat(value("44086", "CHILDREN_6_11", "2024-01-01")).isEqualByComparingTo("2");
        assertThat(value("44086", "CHILDREN_12_17", "2024-01-01")).isEqualByComparingTo("7");
        assertThat(value("44021", "CHILDREN_0_2", "2024-01-01")).isEqualByComparingTo("100");
        assertThat(value("44021", "CHILDREN_3_5", "2024-01-01")).isEqualByComparingTo("50");
        assertThat(value("44021", "CHILDREN_12_17", "2024-01-01")).isEqualByComparingTo("0");
        // Antwerpen before 2025 is Antwerpen and Borsbeek
        assertThat(value("11002", "CHILDREN_0_2", "2024-01-01")).isEqualByComparingTo("22");
        var source = jdbc.sql("""
                        select source, licence, period_kind, entered_by, import_id from insight_figure
                        where network_id = ? and nis_code = '44086' and indicator = 'CHILDREN_0_2'
                        """)
                .param(world.network.value())
                .query((rs, row) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        assertThat(source.get(0)).isEqualTo("Statbel");
        assertThat(source.get(1)).contains("CC BY 4.0");
        assertThat(source.get(2)).isEqualTo("YEAR");
        assertThat(source.get(3)).isEqualTo(world.coordinator.id().value().toString());
        assertThat(source.get(4)).isEqualTo(id.toString());
        assertThat(imports.get(world.coordinator, id).written()).isEqualTo(12);

        int before = ImportWorld.figures(jdbc, world.network);
        var again = read(ImportKind.STATBEL_POPULATION, "TF_SOC_POP_STRUCT_2024.txt", null, file);
        assertThat(imports.confirm(world.coordinator, again)).isZero();
        assertThat(ImportWorld.figures(jdbc, world.network)).isEqualTo(before);
        assertThat(value("44086", "CHILDREN_0_2", "2024-01-01")).isEqualByComparingTo("18");
        assertThatThrownBy(() -> imports.confirm(world.coordinator, again))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("insight.import.notReady.DONE"));
    }

    @Test
    void statbelZipTakesTheYearFromTheFormAndRefusesAFileWithoutYear() throws IOException {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("TF_SOC_POP_STRUCT.txt"));
            zip.write(statbel(List.of(StatbelFiles.row("44021", "Gent", "M", 0, 1, 77))));
            zip.closeEntry();
        }
        var id = read(ImportKind.STATBEL_POPULATION, "bevolking.zip", 2019, zipped.toByteArray());
        assertThat(imports.figures(world.coordinator, id, Paging.first()).items())
                .filteredOn(f -> f.indicator().equals("CHILDREN_0_2"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.periodDate()).hasToString("2019-01-01");
                    assertThat(f.value()).isEqualByComparingTo("77");
                    assertThat(f.municipality()).isEqualTo("Gent");
                });

        assertThatThrownBy(() -> imports.upload(
                        world.coordinator,
                        ImportKind.STATBEL_POPULATION,
                        "bevolking.txt",
                        null,
                        new ByteArrayInputStream(statbel(List.of()))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).hasValue("year"));
    }

    @Test
    void longTableCsvReadsLenientHeadersNamesAndCodesAndSumsMergedMunicipalities() throws IOException {
        String csv = "\uFEFFGemeente;NIS-code;PERIODE;Indicator;Waarde;Teller;Noemer;Bron;Opmerking\r\n"
                + "Gent;44021;2023;CHILDREN_0_2;1234;;;Provincie in cijfers;x\r\n"
                + "Gent;;2023;births;2.100;;;;\r\n"
                + "De Pinte;44012;2023;BIRTHS;100;;;;\r\n"
                + "Nazareth;44048;2023;BIRTHS;150;;;;\r\n"
                + ";44012;2023;DEPRIVATION_INDEX;10,0;20;200;;\r\n"
                + ";44048;2023;DEPRIVATION_INDEX;5,0;15;300;;\r\n"
                + ";44012;2023;BIRTHS_OTHER_HOME_LANGUAGE;12,5;;;;\r\n"
                + ";44048;2023;BIRTHS_OTHER_HOME_LANGUAGE;8;;;;\r\n"
                + "Aartselaar;11001;2023;BIRTHS;50;;;;\r\n"
                + ";12345;2023;BIRTHS;1;;;;\r\n"
                + "Atlantis;;2023;BIRTHS;1;;;;\r\n"
                + "Gent;44021;31/12/2023;POPULATION_GROWTH;1,5;;;;\r\n"
                + "Gent;44021;2023;Aantal honden;3;;;;\r\n"
                + ";44012;2023;SINGLE_PARENT_FAMILIES;30;;;;\r\n"
                + "Nazareth-De Pinte;44086;2023;FAMILIES_WITH_CHILDREN;4000;;;;\r\n";
        var id = read(ImportKind.LONG_TABLE, "provincie.csv", null, csv.getBytes(StandardCharsets.UTF_8));

        var state = imports.get(world.coordinator, id);
        assertThat(state.status()).isEqualTo("PREVIEW");
        assertThat(state.errors()).isZero();
        assertThat(imports.issues(world.coordinator, id))
                .extracting(ContextImports.Issue::kind, ContextImports.Issue::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SKIPPED", "insight.import.skipped.outside"),
                        org.assertj.core.groups.Tuple.tuple("SKIPPED", "insight.import.skipped.unknownCode"),
                        org.assertj.core.groups.Tuple.tuple("SKIPPED", "insight.import.skipped.unknownCode"),
                        org.assertj.core.groups.Tuple.tuple("SKIPPED", "insight.import.skipped.unknownIndicator"),
                        org.assertj.core.groups.Tuple.tuple("NOTE", "insight.import.note.shareLeftOut"),
                        org.assertj.core.groups.Tuple.tuple("NOTE", "insight.import.note.partsMissing"));

        assertThat(imports.confirm(world.coordinator, id)).isEqualTo(6);
        assertThat(value("44021", "CHILDREN_0_2", "2023-01-01")).isEqualByComparingTo("1234");
        // semicolons: a Dutch file, where a point separates thousands
        assertThat(value("44021", "BIRTHS", "2023-01-01")).isEqualByComparingTo("2100");
        assertThat(value("44086", "BIRTHS", "2023-01-01")).isEqualByComparingTo("250");
        // (20 + 15) / (200 + 300): the share recomputed from the parts' numerators and denominators
        assertThat(value("44086", "DEPRIVATION_INDEX", "2023-01-01")).isEqualByComparingTo("7");
        assertThat(value("44086", "BIRTHS_OTHER_HOME_LANGUAGE", "2023-01-01")).isNull();
        assertThat(value("44086", "SINGLE_PARENT_FAMILIES", "2023-01-01")).isNull();
        // before 2025 under the new code: a figure on the new borders, taken as it is
        assertThat(value("44086", "FAMILIES_WITH_CHILDREN", "2023-01-01")).isEqualByComparingTo("4000");
        assertThat(value("44021", "POPULATION_GROWTH", "2023-12-31")).isEqualByComparingTo("1.5");
    }

    @Test
    void aDuplicateKeyInOneFileIsAnErrorAndNothingIsWritten() throws IOException {
        String csv = "gemeente,periode,indicator,waarde\n44021,2018,BIRTHS,10\n44021,2018,BIRTHS,11\n";
        var id = read(ImportKind.LONG_TABLE, "dubbel.csv", null, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imports.get(world.coordinator, id).status()).isEqualTo("BLOCKED");
        assertThat(imports.issues(world.coordinator, id)).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo("ERROR");
            assertThat(issue.line()).isEqualTo(3L);
            assertThat(issue.messageKey()).isEqualTo("insight.import.error.duplicate");
            assertThat(issue.arguments()).containsExactly("2");
        });
        assertThatThrownBy(() -> imports.confirm(world.coordinator, id)).isInstanceOf(RuleViolation.class);
        assertThat(value("44021", "BIRTHS", "2018-01-01")).isNull();
    }

    @Test
    void aBrokenRowBlocksTheWholeFileAndSaysWhere() throws IOException {
        String csv = "Gemeente;Jaar;Indicator;Waarde\n44021;2017;BIRTHS;10\n44021;2017;CHILDREN_0_2;twaalf\n"
                + "44086;2017;BIRTHS;3\n";
        var id = read(ImportKind.LONG_TABLE, "kapot.csv", null, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imports.get(world.coordinator, id).status()).isEqualTo("BLOCKED");
        assertThat(imports.issues(world.coordinator, id)).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3L);
            assertThat(issue.column()).isEqualTo("Waarde");
            assertThat(issue.messageKey()).isEqualTo("insight.import.error.number");
        });
        assertThatThrownBy(() -> imports.confirm(world.coordinator, id))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("insight.import.notReady.BLOCKED"));
        assertThat(value("44021", "BIRTHS", "2017-01-01")).isNull();
        assertThat(value("44086", "BIRTHS", "2017-01-01")).isNull();
    }

    @Test
    void longTableXlsxWithEnglishHeadersNumericCellsAndAnOwnIndicator() throws IOException {
        jdbc.sql("""
                        insert into insight_indicator (id, network_id, code, name, unit, created_at)
                        values (?, ?, 'own-wachtlijst', 'Wachtlijst kinderopvang', 'COUNT', now())
                        on conflict do nothing
                        """).params(UUID.randomUUID(), world.network.value()).update();
        var out = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Cijfers");
            var header = sheet.createRow(0);
            String[] names = {"Municipality", "Year", "Indicator", "Value", "Comment"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue(44021);
            first.createCell(1).setCellValue(2022);
            first.createCell(2).setCellValue("own-wachtlijst");
            first.createCell(3).setCellValue(42);
            first.createCell(4).setCellValue("ignored");
            var second = sheet.createRow(2);
            second.createCell(0).setCellValue("gent");
            second.createCell(1).setCellValue(2022);
            second.createCell(2).setCellValue("Wachtlijst Kinderopvang");
            second.createCell(3).setCellValue(7.5);
            book.write(out);
        }
        var id = read(ImportKind.LONG_TABLE, "cijfers.xlsx", null, out.toByteArray());

        assertThat(imports.get(world.coordinator, id).status()).isEqualTo("BLOCKED");
        assertThat(imports.issues(world.coordinator, id)).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3L);
            assertThat(issue.messageKey()).isEqualTo("insight.import.error.duplicate");
        });

        var fixed = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            book.getSheetAt(0).removeRow(book.getSheetAt(0).getRow(2));
            book.write(fixed);
        }
        var ok = read(ImportKind.LONG_TABLE, "cijfers.xlsx", null, fixed.toByteArray());
        assertThat(imports.confirm(world.coordinator, ok)).isEqualTo(1);
        assertThat(value("44021", "own-wachtlijst", "2022-01-01")).isEqualByComparingTo("42");
    }

    @Test
    void previewsNobodyConfirmsExpireAndTheirFiguresAreCleared() throws IOException {
        String csv = "Gemeente;Periode;Indicator;Waarde\n44021;2013;BIRTHS;8\n";
        var id = read(ImportKind.LONG_TABLE, "oud.csv", null, csv.getBytes(StandardCharsets.UTF_8));
        var cut = UUID.randomUUID();
        store.create(
                cut,
                world.network,
                ImportKind.LONG_TABLE,
                "afgebroken.csv",
                world.coordinator.id().value(),
                9,
                java.time.Instant.now());
        jdbc.sql("update insight_import set updated_at = now() - interval '2 days' where id in (?, ?)")
                .params(id, cut)
                .update();

        stale.cleanUp();

        assertThat(imports.get(world.coordinator, id).status()).isEqualTo("EXPIRED");
        assertThat(imports.figures(world.coordinator, id, Paging.first()).items())
                .isEmpty();
        assertThat(imports.get(world.coordinator, cut).status()).isEqualTo("FAILED");
        assertThatThrownBy(() -> imports.confirm(world.coordinator, id))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("insight.import.notReady.EXPIRED"));
        assertThat(value("44021", "BIRTHS", "2013-01-01")).isNull();
    }

    private BigDecimal value(String nis, String indicator, String date) {
        return ImportWorld.figure(jdbc, world.network, nis, indicator, date);
    }

    private UUID read(ImportKind kind, String name, Integer year, byte[] content) throws IOException {
        return read(imports, world.coordinator, kind, name, year, content);
    }

    /** Uploads and waits until the file is read. */
    static UUID read(ContextImports imports, StielUser who, ImportKind kind, String name, Integer year, byte[] content)
            throws IOException {
        var id = imports.upload(who, kind, name, year, new ByteArrayInputStream(content));
        await().atMost(Duration.ofSeconds(60)).until(() -> !imports.get(who, id).reading());
        return id;
    }

    private static byte[] statbel(List<String> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        StatbelFiles.write(out, rows);
        return out.toByteArray();
    }
}
