package org.stiel.offer.web;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Languages as one text field, "nl, fr": without this a list would show as "[nl, fr]" and come back as two broken
 * codes.
 */
class LanguagesEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        setValue(
                text == null
                        ? new ArrayList<String>()
                        : new ArrayList<>(Arrays.stream(text.split("[,;\\s]+"))
                                .filter(code -> !code.isBlank())
                                .toList()));
    }

    @Override
    public String getAsText() {
        return getValue() instanceof List<?> codes
                ? String.join(", ", codes.stream().map(String::valueOf).toList())
                : "";
    }
}
