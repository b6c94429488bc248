package org.stiel.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An action as a coordinator fills it in.
 *
 * @see #getOwner() how the owner is written
 */
public class ActionForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    @Pattern(regexp = "^$|^(partner|member):[0-9a-fA-F-]{36}$")
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    private Long version;

    public ActionForm() {}

    public ActionForm(String title, String description, String owner, LocalDate dueOn) {
        this.title = title;
        this.description = description;
        this.owner = owner;
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

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    Optional<UUID> ownerPartner() {
        return owner != null && owner.startsWith("partner:")
                ? Optional.of(UUID.fromString(owner.substring(8)))
                : Optional.empty();
    }

    Optional<UUID> ownerMember() {
        return owner != null && owner.startsWith("member:")
                ? Optional.of(UUID.fromString(owner.substring(7)))
                : Optional.empty();
    }
}
