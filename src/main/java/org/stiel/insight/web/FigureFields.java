package org.stiel.insight.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.beans.PropertyEditor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.stiel.insight.FigureForm;
import org.stiel.insight.PeriodKind;

/**
 * The figure form as the page sends it, with the numbers as typed: a number that does not read ("veel", "18,5,2")
 * is an error next to its field, and everything else typed stays in the form. (Bound to {@link FigureForm} directly,
 * one unreadable number would make Spring drop the other values.) The constraints here only show the limits; the
 * rules are {@link FigureForm}'s.
 */
record FigureFields(
        String indicator,
        String nisCode,
        PeriodKind periodKind,

        @Min(value = 1900, message = "{stiel.number.min}") @Max(value = 2100, message = "{stiel.number.max}")
        Integer year,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        String value,
        String numerator,
        String denominator,
        @Size(max = 200, message = "{stiel.size.max}") String source,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
        @Size(max = 300, message = "{stiel.size.max}") String licence) {

    static FigureFields of(FigureForm form) {
        return new FigureFields(
                form.indicator(),
                form.nisCode(),
                form.periodKind(),
                form.year(),
                form.date(),
                text(form.value()),
                text(form.numerator()),
                text(form.denominator()),
                form.source(),
                form.publishedOn(),
                form.licence());
    }

    /**
     * The form to send to the facade, with its constraints checked; {@code null} when something is wrong, each error
     * then on its field of {@code binding}.
     */
    FigureForm toForm(BindingResult binding, SmartValidator validator) {
        var form = new FigureForm(
                indicator,
                nisCode,
                periodKind,
                year,
                date,
                number("value", value, binding),
                number("numerator", numerator, binding),
                number("denominator", denominator, binding),
                source,
                publishedOn,
                licence);
        var checked = new BeanPropertyBindingResult(form, binding.getObjectName());
        validator.validate(form, checked);
        for (var error : checked.getFieldErrors()) {
            if (!binding.hasFieldErrors(error.getField())) {
                binding.rejectValue(error.getField(), error.getCode(), error.getArguments(), error.getDefaultMessage());
            }
        }
        return binding.hasErrors() ? null : form;
    }

    private static BigDecimal number(String field, String text, BindingResult binding) {
        PropertyEditor editor = new DecimalEditor();
        try {
            editor.setAsText(text);
            return (BigDecimal) editor.getValue();
        } catch (IllegalArgumentException e) {
            binding.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    private static String text(BigDecimal number) {
        if (number == null) {
            return null;
        }
        var editor = new DecimalEditor();
        editor.setValue(number);
        return editor.getAsText();
    }
}
