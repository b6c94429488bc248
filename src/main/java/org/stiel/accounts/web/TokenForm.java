package org.stiel.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new personal access token, so that its owner recognises it later. */
record TokenForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 100, message = "{stiel.size.max}")
        String name) {

    static TokenForm empty() {
        return new TokenForm(null);
    }
}
