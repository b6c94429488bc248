package org.stiel.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A challenge as a member proposes it. */
public record ChallengeForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 200, message = "{stiel.size.max}")
        String title,

        @Size(max = 4000, message = "{stiel.size.max}") String description,
        @NotNull(message = "{stiel.required}") ChallengeSource source) {

    /** An empty form for the page. */
    public ChallengeForm() {
        this(null, null, null);
    }
}
