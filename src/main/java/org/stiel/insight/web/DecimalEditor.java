package org.stiel.insight.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * A number as people in Flanders type it: "18,5" as well as "18.5", "1 250" or "1.250,5"; empty is none. Anything
 * else is a type mismatch, shown next to the field.
 */
final class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "");
        if (plain.contains(",")) {
            // a comma is the decimal sign; points before it group thousands
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            setValue(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal number
                ? number.stripTrailingZeros().toPlainString()
                : "";
    }
}
