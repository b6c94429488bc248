package org.stiel.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.stiel.insight.Indicator;

/** How a figure's value is written on pages: in the reader's language, with the unit's decimals and sign. */
final class FigureText {

    private FigureText() {}

    static String format(BigDecimal value, Indicator.Unit unit, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        switch (unit) {
            case COUNT -> {
                format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
                return format.format(value);
            }
            case PERCENT -> {
                format.setMinimumFractionDigits(1);
                format.setMaximumFractionDigits(1);
                return format.format(value) + " %";
            }
            case PER_THOUSAND -> {
                format.setMinimumFractionDigits(1);
                format.setMaximumFractionDigits(1);
                return format.format(value) + " ‰";
            }
            default -> {
                format.setMaximumFractionDigits(2);
                return format.format(value);
            }
        }
    }
}
