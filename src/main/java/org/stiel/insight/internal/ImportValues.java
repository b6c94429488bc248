package org.stiel.insight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** How the cells of a long table read: numbers with a decimal comma or point, a year or a date. */
final class ImportValues {

    /** What numeric(14, 4) holds. */
    private static final BigDecimal LIMIT = new BigDecimal("9999999999");

    // strict: 31/02 is a mistake, not the last day of February
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ImportValues() {}

    /** A period: "2024" (a year) or a date; null when it is neither. */
    record Period(String kind, LocalDate date) {}

    static Period period(String text) {
        String t = text.strip();
        if (t.matches("(19|20)\\d{2}")) {
            return new Period("YEAR", LocalDate.of(Integer.parseInt(t), 1, 1));
        }
        LocalDate date = date(t);
        return date == null ? null : new Period("DATE", date);
    }

    static LocalDate date(String text) {
        String t = text.strip();
        for (var format : DATES) {
            try {
                var date = LocalDate.parse(t, format);
                return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    /**
     * "1234", "12,5", "12.5", "1.234,5", "1,234.5", "18 %": the last of a comma and a point is the decimal mark; in a
     * Dutch file ({@code dutch}: a CSV separated by semicolons, as Excel writes it here) "2.100" is two thousand one
     * hundred. Null when it is no number or too large to store.
     */
    static BigDecimal number(String text, boolean dutch) {
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "");
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.replace(',', '.');
        } else if (dutch && t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        var value = new BigDecimal(t);
        return value.abs().compareTo(LIMIT) > 0 ? null : value;
    }
}
