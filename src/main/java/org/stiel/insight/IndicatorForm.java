package org.stiel.insight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A network's own indicator as the coordinator describes it (a local survey, a waiting list).
 *
 * @param name what it is called; its code ({@code own-<slug>}) follows from the name when it is made and stays
 * @param definition what exactly is counted, and how
 * @param unit how its values read
 */
public record IndicatorForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 120, message = "{stiel.size.max}")
        String name,

        @Size(max = 2000, message = "{stiel.size.max}") String definition,
        @NotNull(message = "{stiel.required}") Indicator.Unit unit) {}
