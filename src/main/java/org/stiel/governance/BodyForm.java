package org.stiel.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A body's name, kind, mandate and chair as a coordinator fills them in. */
public class BodyForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 120, message = "{stiel.size.max}")
    private String name;

    @NotNull(message = "{stiel.required}")
    private BodyKind kind = BodyKind.WORKING_GROUP;

    @Size(max = 4000, message = "{stiel.size.max}")
    private String mandate;

    /** A member of the network, or {@code null} while the body has no chair. */
    private UUID chairId;

    private Long version;

    public BodyForm() {}

    public BodyForm(String name, BodyKind kind, String mandate, UUID chairId) {
        this.name = name;
        this.kind = kind;
        this.mandate = mandate;
        this.chairId = chairId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getMandate() {
        return mandate;
    }

    public void setMandate(String mandate) {
        this.mandate = mandate;
    }

    public UUID getChairId() {
        return chairId;
    }

    public void setChairId(UUID chairId) {
        this.chairId = chairId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
