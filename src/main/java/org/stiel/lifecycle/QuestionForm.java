package org.stiel.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A network's own question: its theme (and so its phase), its text and a hint of what a good answer looks like. */
public record QuestionForm(
        @NotNull(message = "{stiel.required}") Theme theme,

        @NotBlank(message = "{stiel.required}") @Size(max = 300, message = "{stiel.size.max}")
        String text,

        @Size(max = 500, message = "{stiel.size.max}") String hint) {

    /** An empty form for the page. */
    public QuestionForm() {
        this(null, null, null);
    }
}
