package org.stiel.offer.hsds;

import java.util.List;

/**
 * What an import does or would do: per organization and service whether it is created, updated or left as it is,
 * and the errors (by file row or JSON path, and field) and warnings. An import with errors changes nothing.
 *
 * <p>The report does not grow with the file: it lists the first records and the first errors and warnings of each
 * file, ending with "and n more" per file, and {@code counts} has the totals.
 */
public record HsdsReport(List<Line> lines, List<Issue> errors, List<Issue> warnings, Counts counts) {

    /** Every record and issue of the file, also those the lists leave out. */
    public record Counts(long created, long updated, long unchanged, long errors, long warnings) {}

    public HsdsReport {
        if (counts == null) {
            // a report stored before the counts existed listed everything
            counts = new Counts(
                    count(lines, Action.CREATE),
                    count(lines, Action.UPDATE),
                    count(lines, Action.UNCHANGED),
                    errors.size(),
                    warnings.size());
        }
    }

    private static long count(List<Line> lines, Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /** One record of the file: {@code entity} is {@code organization} or {@code service}. */
    public record Line(Action action, String entity, String hsdsId, String name, String source) {}

    /** {@code source} is e.g. "services.csv row 7" or "services[2].schedules[0]"; {@code field} the HSDS field. */
    public record Issue(String source, String field, String message) {}

    public boolean canImport() {
        return errors.isEmpty() && !lines.isEmpty();
    }

    public long created() {
        return counts.created();
    }

    public long updated() {
        return counts.updated();
    }

    public long unchanged() {
        return counts.unchanged();
    }
}
