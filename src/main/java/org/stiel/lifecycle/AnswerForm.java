package org.stiel.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One answer as a participant fills it in. A {@code null} status leaves the question unanswered.
 *
 * <p>A mutable class: a row of the answer page's list, which Spring grows by index with empty rows.
 *
 * @see #EVIDENCE_URL the form of an evidence link
 */
public class AnswerForm {

    /** An absolute http(s) link without spaces: a link to a document or page that shows it. */
    public static final String EVIDENCE_URL = "^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$";

    @NotNull(message = "{stiel.required}")
    private UUID questionId;

    private AnswerStatus status;

    @Size(max = 2000, message = "{stiel.size.max}")
    private String note;

    @Size(max = 500, message = "{stiel.size.max}")
    @Pattern(regexp = EVIDENCE_URL, message = "{lifecycle.answer.evidence.invalid}")
    private String evidenceUrl;

    public AnswerForm() {}

    public AnswerForm(UUID questionId, AnswerStatus status, String note, String evidenceUrl) {
        this.questionId = questionId;
        this.status = status;
        this.note = note;
        setEvidenceUrl(evidenceUrl);
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public void setQuestionId(UUID questionId) {
        this.questionId = questionId;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public void setStatus(AnswerStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        // an empty field is no link: kept as null, so that the pattern (checked on the field) has nothing to refuse
        this.evidenceUrl = evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip();
    }
}
