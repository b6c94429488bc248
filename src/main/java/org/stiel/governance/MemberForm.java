package org.stiel.governance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A partner joining a body, with the person who represents it if one is named.
 *
 * @param personId a member of the network who represents the partner; {@code null} when the partner sends whoever
 *     fits
 */
public record MemberForm(
        @NotNull(message = "{governance.member.partner.required}")
        UUID partnerId,

        UUID personId,

        @NotNull(message = "{governance.member.joinedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate joinedOn) {}
