package org.stiel.governance;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** One period in which a partner sat in a body. */
@Table("governance_body_member")
class BodyMember {

    @Id
    private final UUID id;

    private final UUID networkId;
    private final UUID partnerId;
    private final UUID personId;
    private final LocalDate joinedOn;
    private LocalDate leftOn;

    @PersistenceCreator
    BodyMember(UUID id, UUID networkId, UUID partnerId, UUID personId, LocalDate joinedOn, LocalDate leftOn) {
        this.id = id;
        this.networkId = networkId;
        this.partnerId = partnerId;
        this.personId = personId;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    void leave(LocalDate on) {
        leftOn = on;
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    UUID personId() {
        return personId;
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    LocalDate leftOn() {
        return leftOn;
    }
}
