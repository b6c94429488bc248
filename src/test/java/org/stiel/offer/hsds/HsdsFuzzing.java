package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

/** What every HSDS fuzz target checks of a report: it does not grow with the file. */
final class HsdsFuzzing {

    private HsdsFuzzing() {}

    static void assertBounded(HsdsReport report) {
        // the first errors in all, and one "and n more" per file of the package at most
        int issues = HsdsIssues.IN_ALL + HsdsFileLimits.MAX_ENTRIES + 1;
        assertThat(report.errors()).hasSizeLessThanOrEqualTo(issues);
        assertThat(report.warnings()).hasSizeLessThanOrEqualTo(issues);
        assertThat(report.lines()).hasSizeLessThanOrEqualTo(HsdsPlan.LINES);
        assertThat(report.counts().errors())
                .isGreaterThanOrEqualTo(report.errors().size() > 0 ? 1 : 0);
        for (var issue : report.errors()) {
            assertThat(issue.message().length()).isLessThanOrEqualTo(5 * HsdsIssues.VALUE + 1);
            assertThat(issue.source().length()).isLessThanOrEqualTo(2 * HsdsIssues.VALUE + 1);
        }
        for (var line : report.lines()) {
            assertThat(line.name() == null ? 0 : line.name().length()).isLessThanOrEqualTo(HsdsIssues.VALUE + 1);
        }
    }
}
