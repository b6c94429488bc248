package org.stiel.offer.hsds;

import java.util.List;

/**
 * What an import does or would do: per organization and service whether it is created, updated or left as it is,
 * and every error (by file row or JSON path, and field) and warning. An import with errors changes nothing.
 */
public record HsdsReport(List<Line> lines, List<Issue> errors, List<Issue> warnings) {

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

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    public long created() {
        return count(Action.CREATE);
    }

    public long updated() {
        return count(Action.UPDATE);
    }

    public long unchanged() {
        return count(Action.UNCHANGED);
    }
}
