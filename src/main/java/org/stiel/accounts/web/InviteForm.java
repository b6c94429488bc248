package org.stiel.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stiel.accounts.NetworkRole;

/** A coordinator's invitation of a person to the network. */
record InviteForm(
        @NotBlank(message = "{stiel.required}")
        @Email(message = "{stiel.email}")
        @Size(max = 200, message = "{stiel.size.max}")
        String email,

        @NotNull(message = "{stiel.required}") NetworkRole role) {}
