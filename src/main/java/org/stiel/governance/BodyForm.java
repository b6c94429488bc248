package org.stiel.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A body's name, kind, mandate and chair as a coordinator fills them in.
 *
 * @param chairId a member of the network, or {@code null} while the body has no chair
 * @param version the version the form was read at, or {@code null} for a new body
 */
public record BodyForm(
        @NotBlank(message = "{stiel.required}") @Size(max = 120, message = "{stiel.size.max}")
        String name,

        @NotNull(message = "{stiel.required}") BodyKind kind,
        @Size(max = 4000, message = "{stiel.size.max}") String mandate,
        UUID chairId,
        Long version) {

    /** An empty form for the page: a working group, the most common kind. */
    public BodyForm() {
        this(null, BodyKind.WORKING_GROUP, null, null, null);
    }

    /** A form without a version, as a new body has. */
    public BodyForm(String name, BodyKind kind, String mandate, UUID chairId) {
        this(name, kind, mandate, chairId, null);
    }
}
