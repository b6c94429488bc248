package org.stiel.planning;

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

/** A shared goal of a network, with the partners' own goals it serves. */
@Table("planning_goal")
class Goal {

    @Id
    private final UUID id;

    private final UUID networkId;
    private UUID challengeId;
    private String title;
    private String why;
    private String measure;
    private LocalDate targetOn;
    private boolean published;
    private final Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "goal_id", keyColumn = "position")
    private List<Serves> partners;

    @Version
    private Long version;

    @PersistenceCreator
    Goal(
            UUID id,
            UUID networkId,
            UUID challengeId,
            String title,
            String why,
            String measure,
            LocalDate targetOn,
            boolean published,
            Instant createdAt,
            Instant updatedAt,
            List<Serves> partners,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.challengeId = challengeId;
        this.title = title;
        this.why = why;
        this.measure = measure;
        this.targetOn = targetOn;
        this.published = published;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
        this.version = version;
    }

    static Goal create(UUID network, GoalForm form, Instant now) {
        var goal = new Goal(UUID.randomUUID(), network, null, null, null, null, null, false, now, now, List.of(), null);
        goal.apply(form, now);
        return goal;
    }

    void apply(GoalForm form, Instant now) {
        title = form.getTitle().strip();
        why = blankToNull(form.getWhy());
        measure = blankToNull(form.getMeasure());
        targetOn = form.getTargetOn();
        challengeId = form.getChallengeId();
        published = form.isPublished();
        partners = new ArrayList<>(form.filledPartners().stream()
                .map(p -> new Serves(networkId, p.getPartnerId(), p.getOwnGoal().strip()))
                .toList());
        updatedAt = now;
    }

    void publish(boolean published, Instant now) {
        this.published = published;
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    UUID challengeId() {
        return challengeId;
    }

    String title() {
        return title;
    }

    String why() {
        return why;
    }

    String measure() {
        return measure;
    }

    LocalDate targetOn() {
        return targetOn;
    }

    boolean published() {
        return published;
    }

    List<Serves> partners() {
        return List.copyOf(partners);
    }

    Long version() {
        return version;
    }

    /** A partner whose own goal this shared goal serves. */
    @Table("planning_goal_partner")
    record Serves(UUID networkId, UUID partnerId, String ownGoal) {}
}
