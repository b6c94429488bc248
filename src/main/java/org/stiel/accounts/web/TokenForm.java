package org.stiel.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new personal access token, so that its owner recognises it later. */
class TokenForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 100, message = "{stiel.size.max}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
