package org.stiel.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a coordinator fills in to open a round. The close date must not lie in the past (checked by the facade). */
public record RoundForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 200, message = "{stiel.size.max}")
        String title,

        @NotNull(message = "{stiel.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate closesOn) {}
