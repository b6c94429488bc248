package org.stiel.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A network's own question: its theme (and so its phase), its text and a hint of what a good answer looks like. */
public class QuestionForm {

    @NotNull(message = "{stiel.required}")
    private Theme theme;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 300, message = "{stiel.size.max}")
    private String text;

    @Size(max = 500, message = "{stiel.size.max}")
    private String hint;

    public QuestionForm() {}

    public QuestionForm(Theme theme, String text, String hint) {
        this.theme = theme;
        this.text = text;
        this.hint = hint;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = hint;
    }
}
