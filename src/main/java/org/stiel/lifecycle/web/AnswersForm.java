package org.stiel.lifecycle.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.stiel.lifecycle.AnswerForm;

/**
 * The answer page's form: one entry per question of the round.
 *
 * <p>A mutable class: the page shows a row per question, also for rows a post left out, so Spring grows the list
 * by index with empty rows (a record cannot be grown).
 */
class AnswersForm {

    private List<@Valid AnswerForm> answers = new ArrayList<>();

    public List<AnswerForm> getAnswers() {
        return answers;
    }

    public void setAnswers(List<AnswerForm> answers) {
        this.answers = answers;
    }
}
