package org.stiel.lifecycle;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One person's place in a round and their answer set. */
@Table("lifecycle_participant")
class Participant {

    @Id
    private final UUID id;

    private final UUID roundId;
    private final UUID networkId;
    private final UUID userId;
    private final ParticipantRole role;
    private final UUID partnerId;
    private final Instant invitedAt;
    private Instant remindedAt;
    private Instant submittedAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "participant_id")
    private Set<Answer> answers;

    @PersistenceCreator
    Participant(
            UUID id,
            UUID roundId,
            UUID networkId,
            UUID userId,
            ParticipantRole role,
            UUID partnerId,
            Instant invitedAt,
            Instant remindedAt,
            Instant submittedAt,
            Instant updatedAt,
            Long version,
            Set<Answer> answers) {
        this.id = id;
        this.roundId = roundId;
        this.networkId = networkId;
        this.userId = userId;
        this.role = role;
        this.partnerId = partnerId;
        this.invitedAt = invitedAt;
        this.remindedAt = remindedAt;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.answers = answers == null ? new HashSet<>() : new HashSet<>(answers);
    }

    static Participant invite(UUID roundId, UUID networkId, UUID userId, UUID partnerId, Instant at) {
        var role = partnerId == null ? ParticipantRole.STEERING_GROUP : ParticipantRole.PARTNER_REPRESENTATIVE;
        return new Participant(
                UUID.randomUUID(), roundId, networkId, userId, role, partnerId, at, null, null, null, null, null);
    }

    /** Replaces the answers to the given questions; answers to other questions stay. */
    void answer(Set<Answer> changed, Instant at) {
        var questions = changed.stream().map(Answer::questionId).toList();
        answers.removeIf(a -> questions.contains(a.questionId()));
        answers.addAll(changed);
        updatedAt = at;
    }

    void submit(Instant at) {
        submittedAt = at;
        updatedAt = at;
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID roundId() {
        return roundId;
    }

    UUID userId() {
        return userId;
    }

    ParticipantRole role() {
        return role;
    }

    UUID partnerId() {
        return partnerId;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    Instant remindedAt() {
        return remindedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Set<Answer> answers() {
        return answers;
    }

    @Table("lifecycle_answer")
    record Answer(UUID questionId, AnswerStatus status, String note, String evidenceUrl) {}
}
