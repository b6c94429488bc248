package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A decision in the network's log: what, why, when, by which body, in which meeting, about which goals/actions. */
@Table("governance_decision")
class Decision {

    @Id
    private final UUID id;

    private final UUID networkId;
    private final UUID bodyId;
    private final String title;
    private final String rationale;
    private final LocalDate decidedOn;
    private final UUID meetingId;
    private final String meetingTitle;
    private final LocalDate meetingDate;
    private final UUID recordedBy;

    @ReadOnlyProperty
    private final Instant createdAt;

    @MappedCollection(idColumn = "decision_id")
    private final Set<GoalLink> goals;

    @Version
    private final Long version;

    @MappedCollection(idColumn = "decision_id")
    private final Set<ActionLink> actions;

    @PersistenceCreator
    Decision(
            UUID id,
            UUID networkId,
            UUID bodyId,
            String title,
            String rationale,
            LocalDate decidedOn,
            UUID meetingId,
            String meetingTitle,
            LocalDate meetingDate,
            UUID recordedBy,
            Instant createdAt,
            Set<GoalLink> goals,
            Set<ActionLink> actions,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.bodyId = bodyId;
        this.title = title;
        this.rationale = rationale;
        this.decidedOn = decidedOn;
        this.meetingId = meetingId;
        this.meetingTitle = meetingTitle;
        this.meetingDate = meetingDate;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
        this.goals = goals == null ? Set.of() : goals;
        this.actions = actions == null ? Set.of() : actions;
        this.version = version;
    }

    static Decision record(UUID network, DecisionForm form, MeetingRef meeting, UUID recordedBy) {
        return new Decision(
                UUID.randomUUID(),
                network,
                form.bodyId(),
                form.title().strip(),
                form.rationale() == null || form.rationale().isBlank()
                        ? null
                        : form.rationale().strip(),
                form.decidedOn(),
                meeting == null ? null : meeting.id(),
                meeting == null ? null : meeting.title(),
                meeting == null ? null : meeting.date(),
                recordedBy,
                null,
                form.goalIds().stream()
                        .distinct()
                        .map(GoalLink::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                form.actionIds().stream()
                        .distinct()
                        .map(ActionLink::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                null);
    }

    UUID id() {
        return id;
    }

    /** A plan goal the decision is about. */
    @Table("governance_decision_goal")
    record GoalLink(UUID goalId) {}

    /** A plan action the decision is about. */
    @Table("governance_decision_action")
    record ActionLink(UUID actionId) {}
}
