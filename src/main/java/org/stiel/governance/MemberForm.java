package org.stiel.governance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A partner joining a body, with the person who represents it if one is named. */
public class MemberForm {

    @NotNull
    private UUID partnerId;

    /** A member of the network who represents the partner; {@code null} when the partner sends whoever fits. */
    private UUID personId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    public MemberForm() {}

    public MemberForm(UUID partnerId, UUID personId, LocalDate joinedOn) {
        this.partnerId = partnerId;
        this.personId = personId;
        this.joinedOn = joinedOn;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(UUID partnerId) {
        this.partnerId = partnerId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
