package org.stiel.platform.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way Stiel writes CSV: RFC 4180 on commons-csv (quoted where a cell needs it), with every text cell made
 * safe to open in a spreadsheet program (OWASP, CSV Injection).
 *
 * <p>A cell is text or a value the product itself computed: a {@link Number}, a {@link Boolean} or a date or time is
 * written as it is (a latitude of {@code -3.7} stays a number), anything else is text and goes through
 * {@link #neutralise}. So the type of what a caller passes decides, and a name typed by a user can never reach the file
 * as a formula. Readers of Stiel's own CSV undo the neutralising with {@link #restore}.
 */
public final class CsvWriter implements Closeable {

    /** Numbers, or a list of them (HSDS's {@code bymonthday} "-1,15"): no function call fits in this. */
    private static final Pattern NUMERIC = Pattern.compile("-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?)*");

    private final CSVPrinter printer;

    /** A cell known to hold a number written as text by the product; see {@link #numeric}. */
    private record Numeric(String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    private CsvWriter(Appendable out, CSVFormat format) {
        try {
            this.printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180 (CRLF line ends, as spreadsheet programs expect) with a header row; headers are neutralised too. Every
     * cell but a number is quoted, as OWASP asks, so no text can spill into the next cell.
     */
    public static CsvWriter rfc4180(Appendable out, List<String> header) {
        String[] safe = header.stream().map(CsvWriter::neutralise).toArray(String[]::new);
        return new CsvWriter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(safe)
                        .setQuoteMode(QuoteMode.NON_NUMERIC)
                        .get());
    }

    /** See {@link #rfc4180(Appendable, List)}. */
    public static CsvWriter rfc4180(Appendable out, String... header) {
        return rfc4180(out, Arrays.asList(header));
    }

    /** One record; {@code null} is an empty cell. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One record; {@code null} is an empty cell. */
    public CsvWriter row(Iterable<?> cells) {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell(cell));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A value of a column the format defines as numeric but that the product holds as text (HSDS's {@code bymonthday}
     * is a string of numbers): written as it is when it is only digits, signs, points and commas, as any text
     * otherwise.
     */
    public static Object numeric(Object value) {
        if (value instanceof String text && NUMERIC.matcher(text).matches()) {
            return new Numeric(text);
        }
        return value;
    }

    private static Object cell(Object value) {
        if (value == null
                || value instanceof Numeric
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof TemporalAccessor) {
            return value;
        }
        return neutralise(value.toString());
    }

    /** Writes what is buffered, for a caller that must not close the stream below (a zip entry). */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with a single quote before it when a spreadsheet would read it as a formula: when it starts with
     * {@code = + - @}, a tab, a carriage return or a NUL (OWASP and ASVS 5.0 1.2.10), or the full-width forms of the
     * first four, which some spreadsheet programs fold to the plain ones. Text that already starts with quotes followed by such a character gets one more, so that
     * {@link #restore} gives back exactly what was written.
     */
    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        return startsFormula(text, 0) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralise}: one leading quote less where neutralising added one. */
    public static String restore(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != '\'') {
            return text;
        }
        return startsFormula(text, 1) ? text.substring(1) : text;
    }

    /** Whether the text, after any quotes from {@code from} on, starts with a formula character. */
    private static boolean startsFormula(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isFormulaStart(text.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
