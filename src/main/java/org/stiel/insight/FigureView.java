package org.stiel.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One context figure as pages and exports show it.
 *
 * @param municipality the municipality's name in the network
 * @param enteredBy the person who entered it (or started its import); {@code null} for the installation's own work
 * @param imported whether an import brought it (rather than the form)
 */
public record FigureView(
        FigureId id,
        String indicator,
        String nisCode,
        String municipality,
        Period period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        LocalDate publishedOn,
        String licence,
        UUID enteredBy,
        boolean imported) {}
