package org.stiel.insight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure an import will write: one municipality (its 2025 NIS code), indicator and period, already summed over
 * the rows (age bands) and the parts of a merged municipality.
 *
 * @param periodKind {@code YEAR} (then {@code periodDate} is 1 January) or {@code DATE}
 * @param note why the value is what it is, when it was computed (a merged municipality's parts summed)
 */
public record ImportedFigure(
        String nisCode,
        String indicator,
        String periodKind,
        LocalDate periodDate,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        LocalDate publishedOn,
        String licence,
        String note) {}
