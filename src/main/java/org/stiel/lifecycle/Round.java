package org.stiel.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An assessment round and the questions it asks, fixed when it opens. */
@Table("lifecycle_round")
class Round {

    @Id
    private final UUID id;

    private final UUID networkId;
    private String title;
    private final LocalDate openedOn;
    private LocalDate closesOn;
    private Instant closedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "round_id", keyColumn = "position")
    private List<Question> questions;

    @PersistenceCreator
    Round(
            UUID id,
            UUID networkId,
            String title,
            LocalDate openedOn,
            LocalDate closesOn,
            Instant closedAt,
            Long version,
            List<Question> questions) {
        this.id = id;
        this.networkId = networkId;
        this.title = title;
        this.openedOn = openedOn;
        this.closesOn = closesOn;
        this.closedAt = closedAt;
        this.version = version;
        this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
    }

    static Round open(UUID networkId, String title, LocalDate openedOn, LocalDate closesOn, List<UUID> questionIds) {
        return new Round(
                UUID.randomUUID(),
                networkId,
                title.strip(),
                openedOn,
                closesOn,
                null,
                null,
                questionIds.stream().map(Question::new).toList());
    }

    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    boolean isOpen() {
        return closedAt == null;
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    List<UUID> questionIds() {
        return questions.stream().map(Question::questionId).toList();
    }

    RoundView view() {
        return new RoundView(new RoundId(id), title, openedOn, closesOn, closedAt, version);
    }

    @Table("lifecycle_round_question")
    record Question(UUID questionId) {}
}
