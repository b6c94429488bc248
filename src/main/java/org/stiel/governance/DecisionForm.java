package org.stiel.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decision as the coordinator or a body's chair writes it down.
 *
 * @param title what was decided
 * @param rationale why
 * @param bodyId the body that decided; {@code null} for the network meeting as a whole
 */
public record DecisionForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 200, message = "{stiel.size.max}")
        String title,

        @Size(max = 4000, message = "{stiel.size.max}") String rationale,

        @NotNull(message = "{stiel.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate decidedOn,

        UUID bodyId,
        List<UUID> goalIds,
        List<UUID> actionIds) {

    public DecisionForm {
        goalIds = goalIds == null ? List.of() : goalIds;
        actionIds = actionIds == null ? List.of() : actionIds;
    }

    /** A decision linked to no goal or action. */
    public DecisionForm(String title, String rationale, LocalDate decidedOn, UUID bodyId) {
        this(title, rationale, decidedOn, bodyId, List.of(), List.of());
    }

    /** The same decision, taken by the given body (or the whole network). */
    public DecisionForm withBodyId(UUID body) {
        return new DecisionForm(title, rationale, decidedOn, body, goalIds, actionIds);
    }
}
