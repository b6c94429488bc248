package org.stiel.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.platform.RuleViolation;

/**
 * An action of a network's plan. The columns {@code owner_partner_id} and {@code owner_user_id} of the first action
 * list hold the responsible partner and person; since V18 both may be set.
 */
@Table("planning_action")
class Action {

    @Id
    private final UUID id;

    private final UUID networkId;
    private UUID goalId;
    private String title;
    private String description;
    private ActionStatus status;
    private int progress;
    private UUID ownerPartnerId;
    private UUID ownerUserId;
    private LocalDate startOn;
    private LocalDate dueOn;
    private boolean quickWin;
    private final String sourceType;
    private final String sourceRef;
    private final Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "action_id", keyColumn = "position")
    private List<Contributor> contributors;

    @Version
    private Long version;

    @PersistenceCreator
    Action(
            UUID id,
            UUID networkId,
            UUID goalId,
            String title,
            String description,
            ActionStatus status,
            int progress,
            UUID ownerPartnerId,
            UUID ownerUserId,
            LocalDate startOn,
            LocalDate dueOn,
            boolean quickWin,
            String sourceType,
            String sourceRef,
            Instant createdAt,
            Instant updatedAt,
            List<Contributor> contributors,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.goalId = goalId;
        this.title = title;
        this.description = description;
        this.status = status;
        this.progress = progress;
        this.ownerPartnerId = ownerPartnerId;
        this.ownerUserId = ownerUserId;
        this.startOn = startOn;
        this.dueOn = dueOn;
        this.quickWin = quickWin;
        this.sourceType = sourceType;
        this.sourceRef = sourceRef;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.contributors = contributors == null ? new ArrayList<>() : new ArrayList<>(contributors);
        this.version = version;
    }

    static Action create(UUID network, ActionForm form, ActionSource source, Instant now) {
        var action = new Action(
                UUID.randomUUID(),
                network,
                null,
                null,
                null,
                ActionStatus.OPEN,
                0,
                null,
                null,
                null,
                null,
                false,
                source == null ? null : source.type(),
                source == null ? null : source.ref(),
                now,
                now,
                List.of(),
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
        goalId = form.getGoalId();
        startOn = form.getStartOn();
        dueOn = form.getDueOn();
        quickWin = form.isQuickWin();
        contributors = new ArrayList<>(form.filledContributors().stream()
                .map(c -> new Contributor(
                        networkId,
                        c.getPartnerId(),
                        c.getKind(),
                        c.getAmount(),
                        c.getDescription() == null || c.getDescription().isBlank()
                                ? null
                                : c.getDescription().strip()))
                .toList());
        progress(form.getStatus(), form.getProgress(), now);
    }

    /**
     * Moves the action on. {@code null} keeps what is there. A done action is complete, whatever progress was sent.
     *
     * @throws RuleViolation for a progress outside 0–100
     */
    void progress(ActionStatus newStatus, Integer newProgress, Instant now) {
        if (newProgress != null && (newProgress < 0 || newProgress > 100)) {
            throw RuleViolation.on("progress", "planning.progress.invalid");
        }
        if (newStatus != null) {
            status = newStatus;
        }
        if (newProgress != null) {
            progress = newProgress;
        }
        if (status == ActionStatus.DONE) {
            progress = 100;
        }
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    UUID goalId() {
        return goalId;
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

    int progress() {
        return progress;
    }

    UUID ownerPartnerId() {
        return ownerPartnerId;
    }

    UUID ownerUserId() {
        return ownerUserId;
    }

    LocalDate startOn() {
        return startOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean quickWin() {
        return quickWin;
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

    List<Contributor> contributors() {
        return List.copyOf(contributors);
    }

    Long version() {
        return version;
    }

    /** A partner and what it brings. */
    @Table("planning_action_contributor")
    record Contributor(UUID networkId, UUID partnerId, ContributorKind kind, BigDecimal amount, String description) {}
}
