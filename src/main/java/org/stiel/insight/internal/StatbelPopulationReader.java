package org.stiel.insight.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Indicator;

/**
 * Statbel's population structure open-data file {@code TF_SOC_POP_STRUCT_<year>}: pipe-separated, one row per
 * municipality × sex × nationality × civil status × single year of age, on 1 January of the year. Only
 * {@code CD_REFNIS}, {@code CD_AGE} and {@code MS_POPULATION} are read; the rows of the network's municipalities are
 * summed into the age bands while streaming, so the file is never held in memory.
 */
public final class StatbelPopulationReader {

    public static final String SOURCE = "Statbel";
    public static final String LICENCE = "Statbel open data, CC BY 4.0 (bron: Statbel)";

    static final String CODE = "CD_REFNIS";
    static final String AGE = "CD_AGE";
    static final String POPULATION = "MS_POPULATION";

    private static final Pattern FILE_YEAR = Pattern.compile("TF_SOC_POP_STRUCT_(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter('|')
            // the file quotes nothing; a stray quote in a name must not swallow the lines after it
            .setQuote(null)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private StatbelPopulationReader() {}

    /** The year in a file name such as {@code TF_SOC_POP_STRUCT_2024.txt} or {@code .zip}. */
    public static Optional<Integer> yearOf(String fileName) {
        var matcher = FILE_YEAR.matcher(fileName == null ? "" : fileName);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /**
     * Reads the file (a byte-order mark is skipped) and adds the children per band of each of the network's
     * municipalities to {@code sums}, under the code the file gives (so that merged municipalities sum later).
     *
     * @param progress told the number of rows read now and then
     */
    public static void read(
            Reader in,
            int year,
            ImportPlaces.Lookup places,
            FigureSums sums,
            ImportFindings findings,
            LongConsumer progress)
            throws IOException {
        Reader reader = Bom.skip(in);
        try (var parser = FORMAT.parse(reader)) {
            var header = parser.getHeaderMap();
            for (String column : new String[] {CODE, AGE, POPULATION}) {
                if (!header.containsKey(column)) {
                    findings.error(1, column, "insight.import.error.column", column);
                }
            }
            if (findings.errorCount() > 0) {
                return;
            }
            int code = header.get(CODE);
            int age = header.get(AGE);
            int population = header.get(POPULATION);
            Map<String, long[]> children = new HashMap<>();
            Map<String, String> targets = new HashMap<>();
            for (CSVRecord record : parser) {
                findings.row();
                long line = record.getRecordNumber() + 1;
                if (findings.rows() % 10_000 == 0) {
                    progress.accept(findings.rows());
                }
                if (record.size() <= Math.max(code, Math.max(age, population))) {
                    findings.error(line, null, "insight.import.error.columns", String.valueOf(record.size()));
                    continue;
                }
                int years = integer(record.get(age));
                long count = integer(record.get(population));
                if (years < 0) {
                    findings.error(line, AGE, "insight.import.error.number", record.get(age));
                }
                if (count < 0) {
                    findings.error(line, POPULATION, "insight.import.error.number", record.get(population));
                }
                if (years < 0 || count < 0) {
                    continue;
                }
                String given = record.get(code);
                switch (places.code(given)) {
                    case ImportPlaces.Ours ours -> {
                        targets.put(ours.sourceCode(), ours.nisCode());
                        var bands = children.computeIfAbsent(ours.sourceCode(), c -> new long[AgeBand.values().length]);
                        for (var band : AgeBand.values()) {
                            if (years >= band.fromYears() && years <= band.toYears()) {
                                bands[band.ordinal()] += count;
                            }
                        }
                    }
                    case ImportPlaces.Outside outside -> findings.outside(outside.code());
                    case ImportPlaces.Unknown unknown -> findings.unknown(unknown.given());
                }
            }
            progress.accept(findings.rows());
            var period = LocalDate.of(year, 1, 1);
            children.forEach((source, bands) -> {
                for (var band : AgeBand.values()) {
                    sums.add(
                            new FigureSums.Key(
                                    targets.get(source),
                                    Indicator.childrenIn(band).code(),
                                    "YEAR",
                                    period),
                            new FigureSums.Part(
                                    source,
                                    BigDecimal.valueOf(bands[band.ordinal()]),
                                    null,
                                    null,
                                    0,
                                    SOURCE,
                                    null,
                                    LICENCE));
                }
            });
        }
    }

    /** A non-negative whole number, or -1: faster than an exception per row for half a million rows. */
    private static int integer(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
