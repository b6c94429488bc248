package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.platform.RuleViolation;

/** A steering group or working group with every membership it ever had. */
@Table("governance_body")
class Body {

    @Id
    private final UUID id;

    private final UUID networkId;
    private String name;
    private BodyKind kind;
    private String mandate;
    private UUID chairId;
    private final Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "body_id")
    private Set<BodyMember> members;

    @Version
    private Long version;

    @PersistenceCreator
    Body(
            UUID id,
            UUID networkId,
            String name,
            BodyKind kind,
            String mandate,
            UUID chairId,
            Instant createdAt,
            Instant updatedAt,
            Set<BodyMember> members,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.name = name;
        this.kind = kind;
        this.mandate = mandate;
        this.chairId = chairId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.members = members == null ? new HashSet<>() : new HashSet<>(members);
        this.version = version;
    }

    static Body create(UUID network, BodyForm form, Instant now) {
        var body = new Body(UUID.randomUUID(), network, null, null, null, null, now, now, Set.of(), null);
        body.apply(form, now);
        return body;
    }

    void apply(BodyForm form, Instant now) {
        name = form.name().strip();
        kind = form.kind();
        mandate = form.mandate() == null || form.mandate().isBlank()
                ? null
                : form.mandate().strip();
        chairId = form.chairId();
        updatedAt = now;
    }

    /**
     * @throws RuleViolation when the partner sits in the body already, or would rejoin on or before the day its last
     *     membership ended (periods in the history must not overlap)
     */
    void join(UUID partner, UUID person, LocalDate on, Instant now) {
        if (current(partner).isPresent()) {
            throw RuleViolation.on("partnerId", "governance.member.already");
        }
        boolean overlaps = members.stream()
                .filter(m -> m.partnerId().equals(partner) && m.leftOn() != null)
                .anyMatch(m -> !on.isAfter(m.leftOn()));
        if (overlaps) {
            throw RuleViolation.on("joinedOn", "governance.member.rejoin");
        }
        members.add(new BodyMember(UUID.randomUUID(), networkId, partner, person, on, null));
        updatedAt = now;
    }

    /** Ends the partner's current membership; the row stays as history. */
    void leave(UUID partner, LocalDate on, Instant now) {
        var member = current(partner).orElseThrow(() -> RuleViolation.of("governance.member.leave.invalid"));
        if (on.isBefore(member.joinedOn())) {
            throw RuleViolation.on("leftOn", "governance.member.leave.early");
        }
        member.leave(on);
        updatedAt = now;
    }

    Optional<BodyMember> current(UUID partner) {
        return members.stream()
                .filter(m -> m.partnerId().equals(partner) && m.leftOn() == null)
                .findFirst();
    }

    /** Every membership, the current ones first, then by joining date. */
    List<BodyMember> history() {
        return members.stream()
                .sorted(Comparator.comparing((BodyMember m) -> m.leftOn() != null)
                        .thenComparing(BodyMember::joinedOn))
                .toList();
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    String name() {
        return name;
    }

    BodyKind kind() {
        return kind;
    }

    String mandate() {
        return mandate;
    }

    UUID chairId() {
        return chairId;
    }

    Long version() {
        return version;
    }
}
