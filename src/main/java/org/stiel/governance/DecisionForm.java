package org.stiel.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision as the coordinator or a body's chair writes it down. */
public class DecisionForm {

    /** What was decided. */
    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String title;

    /** Why. */
    @Size(max = 4000, message = "{stiel.size.max}")
    private String rationale;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    /** The body that decided; {@code null} for the network meeting as a whole. */
    private UUID bodyId;

    private List<UUID> goalIds = new ArrayList<>();

    private List<UUID> actionIds = new ArrayList<>();

    public DecisionForm() {}

    public DecisionForm(String title, String rationale, LocalDate decidedOn, UUID bodyId) {
        this.title = title;
        this.rationale = rationale;
        this.decidedOn = decidedOn;
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public void setBodyId(UUID bodyId) {
        this.bodyId = bodyId;
    }

    public List<UUID> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(List<UUID> goalIds) {
        this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
    }

    public List<UUID> getActionIds() {
        return actionIds;
    }

    public void setActionIds(List<UUID> actionIds) {
        this.actionIds = actionIds == null ? new ArrayList<>() : actionIds;
    }
}
