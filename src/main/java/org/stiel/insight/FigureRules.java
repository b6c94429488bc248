package org.stiel.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.stiel.platform.RuleViolation;

/**
 * The rules of a figure a person enters: a known indicator and one of the network's municipalities, a year or a date,
 * and a value; a share's value agrees with its numerator and denominator, or is derived from them.
 */
final class FigureRules {

    /** How far a share may differ from numerator / denominator: published shares are rounded to one decimal. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    /** numeric(14, 4): ten digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1e10");

    /** A figure ready to store. */
    record Checked(
            String indicator,
            String nisCode,
            Period period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source,
            LocalDate publishedOn,
            String licence) {}

    private FigureRules() {}

    /**
     * @param indicator the form's indicator as the network knows it, {@code null} when it does not
     * @param municipalities the network's municipalities, NIS code to name
     */
    static Checked check(FigureForm form, IndicatorView indicator, Map<String, String> municipalities) {
        if (indicator == null) {
            throw RuleViolation.on("indicator", "insight.figure.indicator.unknown");
        }
        if (!municipalities.containsKey(form.nisCode())) {
            throw RuleViolation.on("nisCode", "insight.figure.municipality.unknown");
        }
        Period period = period(form);
        within("numerator", form.numerator());
        within("denominator", form.denominator());
        BigDecimal value = value(form, indicator);
        within("value", value);
        return new Checked(
                indicator.code(),
                form.nisCode(),
                period,
                value,
                form.numerator(),
                form.denominator(),
                form.source().strip(),
                form.publishedOn(),
                form.licence() == null || form.licence().isBlank()
                        ? null
                        : form.licence().strip());
    }

    private static Period period(FigureForm form) {
        return switch (form.periodKind()) {
            case YEAR -> {
                if (form.year() == null) {
                    throw RuleViolation.on("year", "stiel.required");
                }
                yield Period.year(form.year());
            }
            case DATE -> {
                if (form.date() == null) {
                    throw RuleViolation.on("date", "stiel.required");
                }
                yield new Period(PeriodKind.DATE, form.date());
            }
        };
    }

    private static BigDecimal value(FigureForm form, IndicatorView indicator) {
        boolean both = form.numerator() != null && form.denominator() != null;
        if (!indicator.share() || !both) {
            if (form.value() == null) {
                throw RuleViolation.on("value", "stiel.required");
            }
            return form.value();
        }
        BigDecimal per = indicator.unit() == Indicator.Unit.PER_THOUSAND ? new BigDecimal(1000) : new BigDecimal(100);
        BigDecimal derived = form.numerator().multiply(per).divide(form.denominator(), 4, RoundingMode.HALF_UP);
        if (form.value() == null) {
            return derived;
        }
        if (form.value().subtract(derived).abs().compareTo(TOLERANCE) > 0) {
            throw RuleViolation.on(
                    "value",
                    "insight.figure.value.disagrees",
                    derived.setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
        return form.value();
    }

    private static void within(String field, BigDecimal number) {
        if (number != null && number.abs().compareTo(LIMIT) >= 0) {
            throw RuleViolation.on(field, "insight.figure.number.tooLarge");
        }
    }
}
