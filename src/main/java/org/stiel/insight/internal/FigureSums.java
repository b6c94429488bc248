package org.stiel.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stiel.insight.Indicator.Unit;

/**
 * The figures of an import as they come from the rows, per municipality of the network (2025 code), indicator and
 * period, with the code each came under; then summed where a merged municipality's parts came separately. The
 * mergers took effect on 1 January 2025: a figure of an earlier period for a merged municipality needs all its
 * parts, or it would count only some of its children, unless the file gives it under the new code (recomputed on
 * the new borders, as the provinces do). A new code that was also a part (Antwerpen took in Borsbeek) means the old
 * municipality before 2025.
 */
public final class FigureSums {

    static final LocalDate MERGERS = LocalDate.of(2025, 1, 1);

    /** One figure's place, indicator and period. */
    public record Key(String nisCode, String indicator, String periodKind, LocalDate periodDate) {}

    /** What one code of the file gives for a key. */
    public record Part(
            String sourceCode,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            long line,
            String source,
            LocalDate publishedOn,
            String licence) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::indicator)
            .thenComparing(Key::nisCode)
            .thenComparing(Key::periodKind)
            .thenComparing(Key::periodDate);

    private final Map<Key, Map<String, Part>> parts = new TreeMap<>(ORDER);

    /**
     * Adds what a row gives; refuses a second row with the same code, indicator and period.
     *
     * @return the line of the earlier row with the same key, or 0 when there was none (and the part was added)
     */
    public long add(Key key, Part part) {
        var byCode = parts.computeIfAbsent(key, k -> new LinkedHashMap<>());
        var earlier = byCode.putIfAbsent(part.sourceCode(), part);
        return earlier == null ? 0 : earlier.line();
    }

    public int size() {
        return parts.size();
    }

    /**
     * The figures to write, the parts of merged municipalities summed (shares recomputed from numerators and
     * denominators); a figure that cannot be made whole is left out with a note in {@code notes}.
     */
    public List<ImportedFigure> figures(
            Function<String, Unit> unitOf, ImportPlaces.Lookup places, List<ImportIssue> notes) {
        List<ImportedFigure> figures = new ArrayList<>(parts.size());
        parts.forEach((key, byCode) -> {
            var given = new ArrayList<>(byCode.values());
            boolean before = key.periodDate().isBefore(MERGERS);
            var expected = places.partsOf(key.nisCode());
            String what = places.nameOf(key.nisCode()) + " · " + key.indicator() + " · " + key.periodDate();
            if (before
                    && !expected.isEmpty()
                    && !expected.contains(key.nisCode())
                    && byCode.containsKey(key.nisCode())) {
                // the new code before 2025: a figure recomputed on the new borders (as the provinces publish them)
                given = new ArrayList<>(List.of(byCode.get(key.nisCode())));
            } else if (before && !expected.isEmpty()) {
                var missing = expected.stream()
                        .filter(code -> !byCode.containsKey(code))
                        .sorted()
                        .toList();
                if (!missing.isEmpty()) {
                    notes.add(ImportIssue.note("insight.import.note.partsMissing", what, String.join(", ", missing)));
                    return;
                }
                given.removeIf(part -> !expected.contains(part.sourceCode()));
            } else if (!before && byCode.containsKey(key.nisCode()) && byCode.size() > 1) {
                // since 2025 the new code is the whole municipality: old codes beside it would count twice
                given = new ArrayList<>(List.of(byCode.get(key.nisCode())));
            }
            if (given.size() == 1) {
                var part = given.getFirst();
                figures.add(figure(key, part.value(), part.numerator(), part.denominator(), part, null));
                return;
            }
            String codes = given.stream().map(Part::sourceCode).sorted().collect(Collectors.joining(" + "));
            var numerator = sum(given, Part::numerator);
            var denominator = sum(given, Part::denominator);
            var unit = unitOf.apply(key.indicator());
            BigDecimal value;
            if (unit == Unit.PERCENT || unit == Unit.PER_THOUSAND) {
                if (numerator == null || denominator == null || denominator.signum() <= 0) {
                    notes.add(ImportIssue.note("insight.import.note.shareLeftOut", what, codes));
                    return;
                }
                var scale = BigDecimal.valueOf(unit == Unit.PERCENT ? 100 : 1000);
                value = numerator.multiply(scale).divide(denominator, 4, RoundingMode.HALF_UP);
            } else {
                value = sum(given, Part::value);
            }
            figures.add(figure(key, value, numerator, denominator, given.getFirst(), "merged: " + codes));
        });
        return figures;
    }

    private static ImportedFigure figure(
            Key key, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Part source, String note) {
        return new ImportedFigure(
                key.nisCode(),
                key.indicator(),
                key.periodKind(),
                key.periodDate(),
                value,
                numerator,
                denominator,
                source.source(),
                source.publishedOn(),
                source.licence(),
                note);
    }

    /** The sum, or null when a part lacks it. */
    private static BigDecimal sum(List<Part> given, Function<Part, BigDecimal> field) {
        if (given.stream().map(field).anyMatch(Objects::isNull)) {
            return null;
        }
        return given.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
