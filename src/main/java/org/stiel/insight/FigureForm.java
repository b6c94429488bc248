package org.stiel.insight;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One figure as the coordinator enters it by hand. Entering a figure for an indicator, municipality and period that
 * already has one replaces it.
 *
 * @param nisCode one of the network's municipalities
 * @param year the year, for a {@link PeriodKind#YEAR}
 * @param date the day, for a {@link PeriodKind#DATE}
 * @param value may stay empty for a share (percentage, per thousand) when numerator and denominator are given: it is
 *     derived from them; when all three are given they must agree
 */
public record FigureForm(
        @NotBlank(message = "{stiel.required}") String indicator,
        @NotBlank(message = "{stiel.required}") String nisCode,
        @NotNull(message = "{stiel.required}") PeriodKind periodKind,

        @Min(value = 1900, message = "{stiel.number.min}") @Max(value = 2100, message = "{stiel.number.max}")
        Integer year,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        BigDecimal value,

        @DecimalMin(value = "0", message = "{insight.figure.notNegative}")
        BigDecimal numerator,

        @DecimalMin(value = "0", inclusive = false, message = "{insight.figure.positive}")
        BigDecimal denominator,

        @NotBlank(message = "{stiel.required}") @Size(max = 200, message = "{stiel.size.max}")
        String source,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
        @Size(max = 300, message = "{stiel.size.max}") String licence) {

    /** An empty form for an indicator and municipality (either may be {@code null}), for a year. */
    public static FigureForm blank(String indicator, String nisCode, Integer year) {
        return new FigureForm(indicator, nisCode, PeriodKind.YEAR, year, null, null, null, null, null, null, null);
    }
}
