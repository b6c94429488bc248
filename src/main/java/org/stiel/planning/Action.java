package org.stiel.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action on a network's list. */
@Table("planning_action")
class Action {

    @Id
    private final UUID id;

    private final UUID networkId;
    private String title;
    private String description;
    private ActionStatus status;
    private UUID ownerPartnerId;
    private UUID ownerUserId;
    private LocalDate dueOn;
    private final String sourceType;
    private final String sourceRef;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @PersistenceCreator
    Action(
            UUID id,
            UUID networkId,
            String title,
            String description,
            ActionStatus status,
            UUID ownerPartnerId,
            UUID ownerUserId,
            LocalDate dueOn,
            String sourceType,
            String sourceRef,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.title = title;
        this.description = description;
        this.status = status;
        this.ownerPartnerId = ownerPartnerId;
        this.ownerUserId = ownerUserId;
        this.dueOn = dueOn;
        this.sourceType = sourceType;
        this.sourceRef = sourceRef;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Action create(UUID network, ActionForm form, ActionSource source, Instant now) {
        var action = new Action(
                UUID.randomUUID(),
                network,
                null,
                null,
                ActionStatus.OPEN,
                null,
                null,
                null,
                source == null ? null : source.type(),
                source == null ? null : source.ref(),
                now,
                now,
                null);
        action.apply(form, now);
        return action;
    }

    void apply(ActionForm form, Instant now) {
        title = form.getTitle().strip();
        description = form.getDescription() == null || form.getDescription().isBlank()
                ? null
                : form.getDescription().strip();
        ownerPartnerId = form.ownerPartner().orElse(null);
        ownerUserId = form.ownerMember().orElse(null);
        dueOn = form.getDueOn();
        updatedAt = now;
    }

    void status(ActionStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    ActionStatus status() {
        return status;
    }

    UUID ownerPartnerId() {
        return ownerPartnerId;
    }

    UUID ownerUserId() {
        return ownerUserId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String sourceType() {
        return sourceType;
    }

    String sourceRef() {
        return sourceRef;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long version() {
        return version;
    }
}
