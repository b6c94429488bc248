package org.stiel.offer.hsds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.stiel.offer.hsds.HsdsReport.Issue;

/**
 * The errors (or warnings) of one import, capped so that no report grows with the file: the first {@value #PER_FILE}
 * of each file of the package are kept ({@value #IN_ALL} at most), the others only counted, and no text of the file is
 * echoed longer than {@value #VALUE} characters. A 100 000-row file with an error on every row gives a report of a
 * few kilobytes that says how many more there are.
 */
final class HsdsIssues {

    static final int PER_FILE = 20;
    static final int IN_ALL = 100;

    /** How much of a value from the file a message repeats. */
    static final int VALUE = 60;

    private final List<Issue> kept = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private final Map<String, Integer> omitted = new LinkedHashMap<>();
    private int count;

    void add(String source, String field, String message) {
        count++;
        String file = fileOf(source);
        int inFile = perFile.merge(file, 1, Integer::sum);
        if (inFile <= PER_FILE && kept.size() < IN_ALL) {
            kept.add(new Issue(shorten(source, 2 * VALUE), shorten(field, VALUE), shorten(message, 5 * VALUE)));
        } else {
            omitted.merge(file, 1, Integer::sum);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    /**
     * The kept issues and, per file with more, one line saying how many more.
     *
     * @param fileName the uploaded file, named where the issue's source is a path in it rather than a CSV of a zip
     * @param more the text of "and n more" for a count
     */
    List<Issue> list(String fileName, IntFunction<String> more) {
        List<Issue> issues = new ArrayList<>(kept);
        omitted.forEach((file, n) -> issues.add(new Issue(file.isEmpty() ? fileName : file, "", more.apply(n))));
        return List.copyOf(issues);
    }

    /** "services.csv row 7" is in services.csv; a JSON path is in the one uploaded file. */
    static String fileOf(String source) {
        int csv = source == null ? -1 : source.indexOf(".csv");
        return csv < 0 ? "" : shorten(source.substring(0, csv + 4), VALUE);
    }

    /** At most {@code max} characters of the text, with an ellipsis when there was more. */
    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
