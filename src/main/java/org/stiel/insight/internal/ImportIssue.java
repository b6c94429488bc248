package org.stiel.insight.internal;

import java.util.List;

/**
 * What the preview says besides the figures: an error in a row (which blocks the import), rows skipped and why, or a
 * note (a figure left out). Message keys in {@code i18n/insight-imports}.
 *
 * @param line the file's line (CSV) or row (XLSX), 1 for the header; {@code null} for the file as a whole
 * @param column the column's name as the file has it, {@code null} when the row as a whole is meant
 * @param rows how many rows this stands for (skipped rows are counted, not listed one by one)
 */
public record ImportIssue(Kind kind, Long line, String column, String messageKey, List<String> arguments, long rows) {

    /** An error blocks the import; skipped rows and notes do not. */
    public enum Kind {
        ERROR,
        SKIPPED,
        NOTE
    }

    public static ImportIssue error(long line, String column, String key, String... arguments) {
        return new ImportIssue(Kind.ERROR, line, column, key, List.of(arguments), 1);
    }

    public static ImportIssue note(String key, String... arguments) {
        return new ImportIssue(Kind.NOTE, null, null, key, List.of(arguments), 1);
    }

    public static ImportIssue skipped(long rows, String key, String... arguments) {
        return new ImportIssue(Kind.SKIPPED, null, null, key, List.of(arguments), rows);
    }
}
