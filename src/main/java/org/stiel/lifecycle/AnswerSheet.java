package org.stiel.lifecycle;

import java.util.List;

/** One participant's answers to a round, question by question, in circle order. */
public record AnswerSheet(RoundView round, ParticipantView participant, List<Item> items) {

    /** A question and what the participant answered so far; status {@code null} when not yet answered. */
    public record Item(QuestionView question, AnswerStatus status, String note, String evidenceUrl) {}

    public long unanswered() {
        return items.stream().filter(i -> i.status() == null).count();
    }
}
