package org.stiel.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What a spreadsheet program would run as a formula reaches no CSV cell as one; numbers stay numbers. */
class CsvWriterTests {

    static final List<String> PAYLOADS = List.of(
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "@SUM(A1)",
            "-2+3",
            "\t=1+1",
            "\r=1+1",
            "\uFF1D1+1",
            "\0=1+1",
            "'=1+1");

    @Test
    void formulaTextGetsAQuoteAndReadsBackAsItWas() throws IOException {
        var out = new StringWriter();
        try (var csv = CsvWriter.rfc4180(out, "name", "latitude")) {
            for (String payload : PAYLOADS) {
                csv.row(payload, -3.7);
            }
        }
        var records = parse(out.toString());
        assertThat(records).hasSize(PAYLOADS.size());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String cell = records.get(i).get(0);
            assertThat(cell).startsWith("'");
            assertThat(CsvWriter.restore(cell)).isEqualTo(PAYLOADS.get(i));
            // a number the product computed is written as a number, minus sign and all
            assertThat(records.get(i).get(1)).isEqualTo("-3.7");
        }
        // a cell with the separator or a quote is quoted, so it cannot spill into the next cell
        assertThat(out.toString()).contains("\"'=cmd|' /C calc'!A0\"").contains("\"'=HYPERLINK(\"\"http");
    }

    @Test
    void ordinaryTextAndNumericColumnsAreLeftAsTheyAre() throws IOException {
        var out = new StringWriter();
        try (var csv = CsvWriter.rfc4180(out, "name", "bymonthday", "amount")) {
            csv.row("Babbelcafé 'de Linde'", CsvWriter.numeric("-1,15"), new BigDecimal("-2.50"));
            csv.row("Speelotheek", CsvWriter.numeric("-1+cmd"), null);
        }
        var records = parse(out.toString());
        assertThat(records.get(0).values()).containsExactly("Babbelcafé 'de Linde'", "-1,15", "-2.50");
        // what only claims to be a number is text, and neutralised as text
        assertThat(records.get(1).values()).containsExactly("Speelotheek", "'-1+cmd", "");
    }

    @Test
    void restoreUndoesNeutraliseForAnyText() {
        for (String text : List.of("", "'", "''", "'a", "a'", "=", "'=", "''=", "-", "plain", "\uFF20x")) {
            String written = CsvWriter.neutralise(text);
            assertThat(CsvWriter.restore(written)).isEqualTo(text);
            assertThat(written.isEmpty() ? ' ' : written.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r', '\0');
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(new StringReader(csv))) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
