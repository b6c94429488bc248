package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferSummary;
import org.stiel.offer.Offers;
import org.stiel.partners.Partners;

/**
 * A partner or offer named like a spreadsheet formula reaches the HSDS CSV package only as text (OWASP CSV
 * injection), and the package still imports into Stiel as the same names.
 */
@StielTest
class HsdsCsvInjectionTests {

    static final List<String> PAYLOADS =
            List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "@SUM(A1)", "-2+3");

    /** A cell a spreadsheet would run: one starting with = + - @ tab or CR that is not just a number. */
    static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20].*", Pattern.DOTALL);

    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?)*");

    @Autowired
    HsdsExchange exchange;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    private StielUser coordinator() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        return fixtures.member(fixtures.network("hsds-formula").id(), NetworkRole.COORDINATOR);
    }

    @Test
    void formulaNamesAreNeutralisedInTheCsvPackageAndImportBackAsTheyWere() throws IOException {
        var source = coordinator();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String file = HsdsImportTests.good("org-f" + i, "svc-f" + i, "loc-f" + i)
                    .replace("Gezinsbond Testdorp", json(PAYLOADS.get(i)))
                    .replace("Babbelcafé voor ouders", json(PAYLOADS.get(i)))
                    // a place south of the equator: a negative number the format writes, which stays a number
                    .replace("\"latitude\": 51.05", "\"latitude\": -3.7");
            var report = exchange.importNow(source, "formula.json", HsdsImportTests.bytes(file));
            assertThat(report.errors()).isEmpty();
        }

        byte[] zip = exchange.exportZip(source);
        var tables = tables(zip);
        List<String> cells = new ArrayList<>();
        tables.values().forEach(rows -> rows.forEach(r -> r.forEach(cells::add)));
        assertThat(cells)
                .filteredOn(cell -> FORMULA.matcher(cell).matches())
                .allMatch(cell -> NUMBER.matcher(cell).matches());
        assertThat(column(tables.get("organizations.csv"), "name"))
                .containsExactlyInAnyOrderElementsOf(
                        PAYLOADS.stream().map(p -> "'" + p).toList());
        assertThat(column(tables.get("services.csv"), "name"))
                .containsExactlyInAnyOrderElementsOf(
                        PAYLOADS.stream().map(p -> "'" + p).toList());
        assertThat(column(tables.get("locations.csv"), "latitude")).contains("-3.7");

        // Stiel's own import takes the quote it added off again
        var target = coordinator();
        var report = exchange.importNow(target, "export.zip", zip);
        assertThat(report.errors()).isEmpty();
        assertThat(offers.list(target.networkId(), new OfferFilter(null, null, null, false)))
                .extracting(OfferSummary::name)
                .containsExactlyInAnyOrderElementsOf(PAYLOADS);
        var copy = offers.list(target.networkId(), new OfferFilter(null, null, null, false));
        assertThat(copy)
                .extracting(o -> partners.get(target.networkId(), o.partnerId()).name())
                .containsExactlyInAnyOrderElementsOf(PAYLOADS);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    static Map<String, List<CSVRecord>> tables(byte[] zip) throws IOException {
        Map<String, List<CSVRecord>> tables = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                var format = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get();
                try (var parser =
                        format.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                    tables.put(entry.getName(), parser.getRecords());
                }
            }
        }
        return tables;
    }
}
