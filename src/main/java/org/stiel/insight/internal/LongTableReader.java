package org.stiel.insight.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A long table, one figure a row, as the provinces' "in cijfers" sites export it: municipality (NIS code or name),
 * period (a year or a date), indicator, value, optionally numerator, denominator, source, publication date and
 * licence. Header names are matched leniently (case, accents, Dutch or English); other columns are ignored.
 */
public final class LongTableReader {

    /** The columns Stiel reads, each with the header names it answers to (compared without case, accents, spaces). */
    enum Column {
        CODE("niscode", "nis", "refnis", "cdrefnis", "nis5", "gemeentecode", "municipalitycode", "code"),
        MUNICIPALITY("gemeente", "municipality", "gemeentenaam", "naam", "name", "txdescrnl", "commune"),
        PERIOD("periode", "period", "jaar", "year", "datum", "date", "peildatum", "referentiedatum"),
        INDICATOR("indicator", "indicatorcode", "kenmerk", "onderwerp", "variabele", "variable"),
        VALUE("waarde", "value", "aantal", "cijfer", "msvalue"),
        NUMERATOR("teller", "numerator"),
        DENOMINATOR("noemer", "denominator"),
        SOURCE("bron", "source"),
        PUBLISHED("publicatiedatum", "publicationdate", "gepubliceerd", "published", "publishedon"),
        LICENCE("licentie", "licence", "license");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private LongTableReader() {}

    public static void read(
            TableRows table,
            ImportPlaces.Lookup places,
            ImportIndicators.Catalogue indicators,
            FigureSums sums,
            ImportFindings findings,
            LongConsumer progress)
            throws IOException {
        Map<Column, Integer> at = columns(table.header());
        List<String> header = table.header();
        if (!at.containsKey(Column.CODE) && !at.containsKey(Column.MUNICIPALITY)) {
            findings.error(1, null, "insight.import.error.column", "gemeente / NIS-code");
        }
        for (var required : List.of(Column.PERIOD, Column.INDICATOR, Column.VALUE)) {
            if (!at.containsKey(required)) {
                findings.error(1, null, "insight.import.error.column", required.names.getFirst());
            }
        }
        if (findings.errorCount() > 0) {
            return;
        }
        var lines = table.lines();
        while (lines.hasNext()) {
            var line = lines.next();
            if (line.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            findings.row();
            if (findings.rows() % 1_000 == 0) {
                progress.accept(findings.rows());
            }
            read(line, at, header, table.dutchNumbers(), places, indicators, sums, findings);
        }
        progress.accept(findings.rows());
    }

    private static void read(
            TableRows.Line line,
            Map<Column, Integer> at,
            List<String> header,
            boolean dutch,
            ImportPlaces.Lookup places,
            ImportIndicators.Catalogue indicators,
            FigureSums sums,
            ImportFindings findings) {
        long n = line.number();
        int errors = findings.errorCount();
        String code = line.cell(at.getOrDefault(Column.CODE, -1));
        String name = line.cell(at.getOrDefault(Column.MUNICIPALITY, -1));
        if (code.isEmpty() && name.isEmpty()) {
            findings.error(n, name(header, at, Column.CODE, Column.MUNICIPALITY), "insight.import.error.required");
        }
        String periodText = line.cell(at.get(Column.PERIOD));
        var period = ImportValues.period(periodText);
        if (period == null) {
            findings.error(n, header.get(at.get(Column.PERIOD)), "insight.import.error.period", periodText);
        }
        String indicatorText = line.cell(at.get(Column.INDICATOR));
        if (indicatorText.isEmpty()) {
            findings.error(n, header.get(at.get(Column.INDICATOR)), "insight.import.error.required");
        }
        BigDecimal value = number(line, at, header, Column.VALUE, true, dutch, findings);
        BigDecimal numerator = number(line, at, header, Column.NUMERATOR, false, dutch, findings);
        BigDecimal denominator = number(line, at, header, Column.DENOMINATOR, false, dutch, findings);
        if (denominator != null && denominator.signum() <= 0) {
            findings.error(
                    n,
                    header.get(at.get(Column.DENOMINATOR)),
                    "insight.import.error.denominator",
                    denominator.toPlainString());
        }
        LocalDate published = null;
        String publishedText = line.cell(at.getOrDefault(Column.PUBLISHED, -1));
        if (!publishedText.isEmpty()) {
            published = ImportValues.date(publishedText);
            if (published == null) {
                findings.error(n, header.get(at.get(Column.PUBLISHED)), "insight.import.error.date", publishedText);
            }
        }
        if (findings.errorCount() > errors) {
            return;
        }
        String indicator = indicators.code(indicatorText);
        var where = code.isEmpty() ? places.codeOrName(name) : places.code(code);
        switch (where) {
            case ImportPlaces.Outside outside -> findings.outside(outside.code());
            case ImportPlaces.Unknown unknown -> findings.unknown(unknown.given());
            case ImportPlaces.Ours ours -> {
                if (indicator == null) {
                    findings.unknownIndicator(indicatorText);
                    return;
                }
                var key = new FigureSums.Key(ours.nisCode(), indicator, period.kind(), period.date());
                long earlier = sums.add(
                        key,
                        new FigureSums.Part(
                                ours.sourceCode(),
                                value,
                                numerator,
                                denominator,
                                n,
                                text(line.cell(at.getOrDefault(Column.SOURCE, -1))),
                                published,
                                text(line.cell(at.getOrDefault(Column.LICENCE, -1)))));
                if (earlier > 0) {
                    findings.error(n, null, "insight.import.error.duplicate", String.valueOf(earlier));
                }
            }
        }
    }

    private static BigDecimal number(
            TableRows.Line line,
            Map<Column, Integer> at,
            List<String> header,
            Column column,
            boolean required,
            boolean dutch,
            ImportFindings findings) {
        Integer index = at.get(column);
        String text = index == null ? "" : line.cell(index);
        if (text.isEmpty()) {
            if (required) {
                findings.error(line.number(), header.get(index), "insight.import.error.required");
            }
            return null;
        }
        var value = ImportValues.number(text, dutch);
        if (value == null) {
            findings.error(line.number(), header.get(index), "insight.import.error.number", text);
        }
        return value;
    }

    private static String name(List<String> header, Map<Column, Integer> at, Column first, Column second) {
        Integer index = at.containsKey(first) ? at.get(first) : at.get(second);
        return header.get(index);
    }

    private static String text(String cell) {
        return cell.isEmpty() ? null : cell.length() > 500 ? cell.substring(0, 500) : cell;
    }

    /** The first column of the header that answers to each name; the rest is ignored. */
    static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String plain = ImportPlaces.plain(header.get(i) == null ? "" : header.get(i));
            for (var column : Column.values()) {
                if (column.names.contains(plain) && !at.containsKey(column)) {
                    at.put(column, i);
                    break;
                }
            }
        }
        return at;
    }
}
