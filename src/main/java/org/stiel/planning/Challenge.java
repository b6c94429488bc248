package org.stiel.planning;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A challenge a member of the network proposed; the partners' votes are kept beside it. */
@Table("planning_challenge")
class Challenge {

    @Id
    private final UUID id;

    private final UUID networkId;
    private String title;
    private String description;
    private ChallengeSource source;
    private ChallengeStatus status;
    private Integer priority;
    private final UUID proposedBy;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @PersistenceCreator
    Challenge(
            UUID id,
            UUID networkId,
            String title,
            String description,
            ChallengeSource source,
            ChallengeStatus status,
            Integer priority,
            UUID proposedBy,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.title = title;
        this.description = description;
        this.source = source;
        this.status = status;
        this.priority = priority;
        this.proposedBy = proposedBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Challenge propose(UUID network, ChallengeForm form, UUID proposedBy, Instant now) {
        return new Challenge(
                UUID.randomUUID(),
                network,
                form.title().strip(),
                form.description() == null || form.description().isBlank()
                        ? null
                        : form.description().strip(),
                form.source(),
                ChallengeStatus.PROPOSED,
                null,
                proposedBy,
                now,
                now,
                null);
    }

    void decide(ChallengeStatus status, Integer priority, Instant now) {
        this.status = status;
        this.priority = priority;
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

    ChallengeSource source() {
        return source;
    }

    ChallengeStatus status() {
        return status;
    }

    Integer priority() {
        return priority;
    }

    UUID proposedBy() {
        return proposedBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
