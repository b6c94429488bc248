package org.stiel.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading a file found besides figures: errors per row (each blocks the import; the first {@link #MAX_LISTED}
 * are kept to show, all are counted) and rows skipped, counted per reason and code rather than listed, since
 * Statbel's file skips half a million rows of municipalities outside the network.
 */
public final class ImportFindings {

    static final int MAX_LISTED = 200;

    private final List<ImportIssue> errors = new ArrayList<>();
    private int errorCount;
    private final Map<String, long[]> outside = new TreeMap<>();
    private final Map<String, long[]> unknown = new TreeMap<>();
    private final Map<String, long[]> unknownIndicators = new TreeMap<>();
    private long rows;

    public void row() {
        rows++;
    }

    public long rows() {
        return rows;
    }

    public void error(long line, String column, String key, String... arguments) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            errors.add(ImportIssue.error(line, column, key, arguments));
        }
    }

    public int errorCount() {
        return errorCount;
    }

    public void outside(String code) {
        outside.computeIfAbsent(code, c -> new long[1])[0]++;
    }

    public void unknown(String code) {
        unknown.computeIfAbsent(code, c -> new long[1])[0]++;
    }

    public void unknownIndicator(String indicator) {
        unknownIndicators.computeIfAbsent(indicator, c -> new long[1])[0]++;
    }

    /** How many rows were skipped, for whatever reason. */
    public long skipped() {
        return count(outside) + count(unknown) + count(unknownIndicators);
    }

    /** The issues to store: errors first, then what was skipped, then the notes of summing. */
    public List<ImportIssue> issues(List<ImportIssue> notes) {
        List<ImportIssue> issues = new ArrayList<>(errors);
        if (errorCount > errors.size()) {
            issues.add(new ImportIssue(
                    ImportIssue.Kind.ERROR,
                    null,
                    null,
                    "insight.import.error.more",
                    List.of(String.valueOf(errorCount - errors.size())),
                    errorCount - errors.size()));
        }
        if (!outside.isEmpty()) {
            // one line, whatever the number of municipalities: a Belgian file has some 570 of them
            var some = outside.keySet().stream().limit(10).toList();
            issues.add(ImportIssue.skipped(
                    count(outside),
                    "insight.import.skipped.outside",
                    String.valueOf(outside.size()),
                    String.join(", ", some) + (outside.size() > some.size() ? ", …" : "")));
        }
        listed(issues, unknown, "insight.import.skipped.unknownCode");
        listed(issues, unknownIndicators, "insight.import.skipped.unknownIndicator");
        issues.addAll(notes.stream().limit(MAX_LISTED).toList());
        return issues;
    }

    private static void listed(List<ImportIssue> issues, Map<String, long[]> counts, String key) {
        counts.entrySet().stream()
                .limit(MAX_LISTED)
                .forEach(e -> issues.add(ImportIssue.skipped(e.getValue()[0], key, e.getKey())));
    }

    private static long count(Map<String, long[]> counts) {
        return counts.values().stream().mapToLong(c -> c[0]).sum();
    }
}
