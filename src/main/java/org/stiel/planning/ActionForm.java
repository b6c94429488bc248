package org.stiel.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An action as a coordinator fills it in. The responsible partner and person are two fields; the older single
 * {@link #getOwner() owner} (one or the other) still works for the forms that use it and sets them.
 *
 * <p>A mutable class: the page adds contributor rows, the controller sets the goal it was opened from, and the single
 * owner sets the two fields.
 */
public class ActionForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 300, message = "{stiel.size.max}")
    private String title;

    @Size(max = 4000, message = "{stiel.size.max}")
    private String description;

    @Pattern(regexp = "^$|^(partner|member):[0-9a-fA-F-]{36}$", message = "{planning.owner.invalid}")
    private String owner;

    private UUID responsiblePartner;

    private UUID responsiblePerson;

    private UUID goalId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    private boolean quickWin;

    /** {@code null}: a new action is open, a changed one keeps its status. */
    private ActionStatus status;

    /** {@code null}: a new action starts at 0, a changed one keeps its progress. */
    @Min(value = 0, message = "{stiel.number.min}")
    @Max(value = 100, message = "{stiel.number.max}")
    private Integer progress;

    private List<@Valid ContributorForm> contributors = new ArrayList<>();

    private Long version;

    public ActionForm() {}

    public ActionForm(String title, String description, String owner, LocalDate dueOn) {
        this.title = title;
        this.description = description;
        setOwner(owner);
        this.dueOn = dueOn;
    }

    /** An owner that is a partner of the network. */
    public static String partnerOwner(UUID partner) {
        return "partner:" + partner;
    }

    /** An owner that is a member of the network. */
    public static String memberOwner(UUID user) {
        return "member:" + user;
    }

    /** What one partner brings to the action. Rows without a partner are ignored. */
    public static class ContributorForm {

        private UUID partnerId;

        private ContributorKind kind;

        /** Hours or euros, as the kind says. */
        @DecimalMin(value = "0", message = "{stiel.number.min}")
        @Digits(integer = 10, fraction = 2, message = "{stiel.number.digits}")
        private BigDecimal amount;

        @Size(max = 300, message = "{stiel.size.max}")
        private String description;

        public ContributorForm() {}

        public ContributorForm(UUID partnerId, ContributorKind kind, BigDecimal amount, String description) {
            this.partnerId = partnerId;
            this.kind = kind;
            this.amount = amount;
            this.description = description;
        }

        /** A contributor says what it brings: a kind, and an amount or a description. */
        @AssertTrue(message = "{planning.contributor.incomplete}")
        public boolean isComplete() {
            return partnerId == null
                    || (kind != null && (amount != null || (description != null && !description.isBlank())));
        }

        public UUID getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(UUID partnerId) {
            this.partnerId = partnerId;
        }

        public ContributorKind getKind() {
            return kind;
        }

        public void setKind(ContributorKind kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A start after the due date makes no sense. */
    @AssertTrue(message = "{planning.dates.order}")
    public boolean isDatesInOrder() {
        return startOn == null || dueOn == null || !startOn.isAfter(dueOn);
    }

    List<ContributorForm> filledContributors() {
        return contributors == null
                ? List.of()
                : contributors.stream().filter(c -> c.getPartnerId() != null).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** {@code partner:<id>}, {@code member:<user id>} or empty for no owner yet. */
    public String getOwner() {
        return owner;
    }

    /** Sets the responsible partner or person (and clears the other), as the single owner of the first list did. */
    public void setOwner(String owner) {
        this.owner = owner;
        if (owner == null || owner.isEmpty()) {
            responsiblePartner = null;
            responsiblePerson = null;
        } else if (owner.matches("^partner:[0-9a-fA-F-]{36}$")) {
            responsiblePartner = UUID.fromString(owner.substring(8));
            responsiblePerson = null;
        } else if (owner.matches("^member:[0-9a-fA-F-]{36}$")) {
            responsiblePerson = UUID.fromString(owner.substring(7));
            responsiblePartner = null;
        }
    }

    /** The partner that carries the action (Dutch: trekker). */
    public UUID getResponsiblePartner() {
        return responsiblePartner;
    }

    public void setResponsiblePartner(UUID responsiblePartner) {
        this.responsiblePartner = responsiblePartner;
    }

    /** The person (a member of the network) who carries it. */
    public UUID getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(UUID responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public UUID getGoalId() {
        return goalId;
    }

    public void setGoalId(UUID goalId) {
        this.goalId = goalId;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** A quick, visible win (Dutch: quick win) the network can show early. */
    public boolean isQuickWin() {
        return quickWin;
    }

    public void setQuickWin(boolean quickWin) {
        this.quickWin = quickWin;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public List<ContributorForm> getContributors() {
        return contributors;
    }

    public void setContributors(List<ContributorForm> contributors) {
        this.contributors = contributors;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    Optional<UUID> ownerPartner() {
        return Optional.ofNullable(responsiblePartner);
    }

    Optional<UUID> ownerMember() {
        return Optional.ofNullable(responsiblePerson);
    }
}
