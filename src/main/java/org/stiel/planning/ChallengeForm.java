package org.stiel.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A challenge as a member proposes it. */
public class ChallengeForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String title;

    @Size(max = 4000, message = "{stiel.size.max}")
    private String description;

    @NotNull(message = "{stiel.required}")
    private ChallengeSource source;

    public ChallengeForm() {}

    public ChallengeForm(String title, String description, ChallengeSource source) {
        this.title = title;
        this.description = description;
        this.source = source;
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

    public ChallengeSource getSource() {
        return source;
    }

    public void setSource(ChallengeSource source) {
        this.source = source;
    }
}
