package org.stiel.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A shared goal as a coordinator fills it in. Rows of {@link #getPartners()} without a partner are ignored.
 *
 * <p>A mutable class: the page adds partner rows, and the controller sets the challenge it was opened from.
 */
public class GoalForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String title;

    /** Why the network wants this (Dutch: waarom). */
    @Size(max = 4000, message = "{stiel.size.max}")
    private String why;

    /** How the network will know it got there (Dutch: wanneer geslaagd). */
    @Size(max = 2000, message = "{stiel.size.max}")
    private String measure;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetOn;

    private UUID challengeId;

    private boolean published;

    private List<@Valid ServedGoal> partners = new ArrayList<>();

    private Long version;

    public GoalForm() {}

    public GoalForm(String title, String why, String measure, LocalDate targetOn) {
        this.title = title;
        this.why = why;
        this.measure = measure;
        this.targetOn = targetOn;
    }

    /** One partner's own goal that the shared goal serves. */
    public static class ServedGoal {

        private UUID partnerId;

        @Size(max = 500, message = "{stiel.size.max}")
        private String ownGoal;

        public ServedGoal() {}

        public ServedGoal(UUID partnerId, String ownGoal) {
            this.partnerId = partnerId;
            this.ownGoal = ownGoal;
        }

        public UUID getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(UUID partnerId) {
            this.partnerId = partnerId;
        }

        public String getOwnGoal() {
            return ownGoal;
        }

        public void setOwnGoal(String ownGoal) {
            this.ownGoal = ownGoal;
        }

        /** A chosen partner needs its own goal in words. */
        @AssertTrue(message = "{planning.goal.ownGoal.required}")
        public boolean isOwnGoalGiven() {
            return partnerId == null || (ownGoal != null && !ownGoal.isBlank());
        }
    }

    /** Each partner once. */
    @AssertTrue(message = "{planning.goal.partners.twice}")
    public boolean isPartnersOnce() {
        var ids = filledPartners().stream().map(ServedGoal::getPartnerId).toList();
        return ids.size() == ids.stream().distinct().count();
    }

    List<ServedGoal> filledPartners() {
        return partners == null
                ? List.of()
                : partners.stream().filter(p -> p.getPartnerId() != null).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public void setTargetOn(LocalDate targetOn) {
        this.targetOn = targetOn;
    }

    /** The challenge the goal came from, or {@code null}. */
    public UUID getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(UUID challengeId) {
        this.challengeId = challengeId;
    }

    /** Whether the public plan page shows the goal. */
    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<ServedGoal> getPartners() {
        return partners;
    }

    public void setPartners(List<ServedGoal> partners) {
        this.partners = partners;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
