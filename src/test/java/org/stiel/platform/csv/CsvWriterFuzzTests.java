package org.stiel.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whatever text goes into the CSV writer, the file parses back to the same cells (less the neutralising quote) and no
 * cell starts as a formula. Seeds in {@code CsvWriterFuzzTestsInputs}; see the README's "Fuzzing".
 */
class CsvWriterFuzzTests {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20].*", Pattern.DOTALL);

    @FuzzTest(maxDuration = "10s")
    void writtenCellsReadBackAndNeverStartAFormula(FuzzedDataProvider data) throws Exception {
        int columns = data.consumeInt(1, 5);
        List<List<String>> rows = new ArrayList<>();
        int count = data.consumeInt(1, 5);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(data.consumeString(40));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("c" + c);
        }
        var out = new StringWriter();
        try (var csv = CsvWriter.rfc4180(out, header)) {
            rows.forEach(csv::row);
        }
        var records = CsvWriterTests.parse(out.toString());
        assertThat(records).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String cell = records.get(r).get(c);
                assertThat(FORMULA.matcher(cell).matches()).as(cell).isFalse();
                assertThat(CsvWriter.restore(cell)).isEqualTo(rows.get(r).get(c));
            }
        }
    }
}
