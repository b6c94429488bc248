package org.stiel.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.RuleViolation;

/**
 * A participant's side of a round: the answer sheet they see and the answers they save. {@link Rounds} checks who
 * may answer and which round is open; this class only reads and writes the answers.
 */
@Component
class RoundAnswering {

    private final ParticipantRepository participants;
    private final Clock clock;

    RoundAnswering(ParticipantRepository participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    /** The participant's answers beside the round's questions, in the questions' order. */
    AnswerSheet sheet(RoundView round, ParticipantView participant, List<QuestionView> questions) {
        var answers = participants.findById(participant.id().value()).orElseThrow().answers().stream()
                .collect(Collectors.toMap(Participant.Answer::questionId, Function.identity()));
        var items = questions.stream()
                .map(q -> {
                    var a = answers.get(q.id().value());
                    return a == null
                            ? new AnswerSheet.Item(q, null, null, null)
                            : new AnswerSheet.Item(q, a.status(), a.note(), a.evidenceUrl());
                })
                .toList();
        return new AnswerSheet(round, participant, items);
    }

    /** Saves the answers and hands them in when asked and complete; answers how many questions are still open. */
    long record(Round round, Participant participant, List<AnswerForm> answers, boolean submit) {
        var asked = round.questionIds();
        var changed = new HashSet<Participant.Answer>();
        var cleared = new HashSet<UUID>();
        for (AnswerForm form : answers) {
            if (!asked.contains(form.getQuestionId())) {
                throw RuleViolation.of("lifecycle.answers.invalid");
            }
            String url = form.getEvidenceUrl();
            if (url != null && !url.matches(AnswerForm.EVIDENCE_URL)) {
                throw RuleViolation.on("evidenceUrl", "lifecycle.answer.evidence.invalid");
            }
            if (form.getStatus() == null) {
                cleared.add(form.getQuestionId());
            } else {
                String note = form.getNote() == null || form.getNote().isBlank()
                        ? null
                        : form.getNote().strip();
                changed.add(new Participant.Answer(form.getQuestionId(), form.getStatus(), note, url));
            }
        }
        Instant now = clock.instant();
        participant.answer(changed, now);
        participant.answers().removeIf(a -> cleared.contains(a.questionId()));
        long unanswered = asked.stream()
                .filter(q -> participant.answers().stream()
                        .noneMatch(a -> a.questionId().equals(q)))
                .count();
        if (submit && unanswered == 0) {
            participant.submit(now);
        }
        participants.save(participant);
        return unanswered;
    }

    static ParticipantView view(Participant p, Map<UserId, MemberView> members) {
        var member = members.get(new UserId(p.userId()));
        return new ParticipantView(
                new ParticipantId(p.id()),
                new RoundId(p.roundId()),
                new UserId(p.userId()),
                member == null ? "" : member.displayName(),
                p.role(),
                Optional.ofNullable(p.partnerId()).map(PartnerId::new),
                Optional.empty(),
                p.invitedAt(),
                p.submittedAt(),
                p.answers().size());
    }
}
