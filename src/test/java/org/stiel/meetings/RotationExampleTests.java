package org.stiel.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stiel.meetings.Rotation.Candidate;
import org.stiel.meetings.Rotation.Choice;
import org.stiel.meetings.Rotation.Hosting;
import org.stiel.meetings.Rotation.Input;
import org.stiel.meetings.Rotation.Reason;
import org.stiel.meetings.Rotation.Slot;
import org.stiel.meetings.Rotation.Venue;
import org.stiel.meetings.Rotation.Violation;

/** Schedules worked out by hand, rule by rule (the reasoning is in the comments). */
class RotationExampleTests {

    static final UUID LIBRARY = new UUID(0, 1);
    static final UUID CLB = new UUID(0, 2);
    static final UUID SPORT = new UUID(0, 3);
    static final UUID WELFARE = new UUID(0, 4);

    static final List<LocalDate> DATES = List.of(
            LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14));

    static Input input(Set<LocalDate> sportUnavailable) {
        return new Input(
                DATES,
                List.of(
                        candidate(LIBRARY, "Bibliotheek", "Eikelaar", 30, Set.of()),
                        candidate(CLB, "CLB", "Eikelaar", 40, Set.of()),
                        candidate(SPORT, "Sportdienst", "Oeverzele", 25, sportUnavailable),
                        // too small for 20 people: never proposed
                        candidate(WELFARE, "Welzijnshuis", "Hazelbeke", 10, Set.of())),
                20,
                // the CLB hosted the last meeting before the series, in Eikelaar
                List.of(new Hosting(CLB, LocalDate.of(2025, 11, 11), "Eikelaar")));
    }

    static Candidate candidate(UUID id, String name, String municipality, int room, Set<LocalDate> unavailable) {
        return new Candidate(
                id, name, List.of(new Venue("main", name + " zaal", Optional.of(municipality), room)), unavailable);
    }

    @Test
    void aHandComputedSchedule() {
        var slots = Rotation.propose(input(Set.of()));
        // Jan: nobody hosted in the series; the previous meeting was in Eikelaar, so Sport (Oeverzele)
        // Feb: Library and CLB at 0 in the series, both in Eikelaar (previous: Oeverzele); Library hosted less in all
        //      (0 against the CLB's 1 in November)
        // Mar: the CLB is the only one at 0 in the series: it hosts, in Eikelaar again (forced: nobody else is due)
        // Apr: a new round, all at 1; Sport is the one not in Eikelaar
        assertThat(slots)
                .extracting(s -> s.choice().orElseThrow().partner())
                .containsExactly(SPORT, LIBRARY, CLB, SPORT);
        assertThat(slots)
                .extracting(Slot::municipality)
                .containsExactly("Oeverzele", "Eikelaar", "Eikelaar", "Oeverzele");
        assertThat(slots.get(0).reasons())
                .containsExactly(
                        new Reason("meetings.reason.countNever", "Sportdienst", "0"),
                        new Reason("meetings.reason.noRoom", "Welzijnshuis", "20"),
                        new Reason("meetings.reason.previousOther", "Eikelaar", "Oeverzele"));
        assertThat(slots.get(2).reasons())
                .containsExactly(
                        new Reason("meetings.reason.count", "CLB", "1", "11/11/2025"),
                        new Reason("meetings.reason.noRoom", "Welzijnshuis", "20"),
                        new Reason("meetings.reason.previousSameForced", "Eikelaar"));
        assertThat(slots.get(3).reasons().get(0))
                .isEqualTo(new Reason("meetings.reason.count", "Sportdienst", "1", "13/1/2026"));
    }

    @Test
    void anUnavailableDateMovesTheHostAndTheExplanationSaysWhy() {
        var slots = Rotation.propose(input(Set.of(LocalDate.of(2026, 1, 13))));
        // Jan: Sport cannot come; Library and CLB (0 in the series) are both in Eikelaar like the previous meeting;
        //      Library hosted less in all
        // Feb: Sport and CLB at 0 in the series; Sport is not in Eikelaar; Mar: CLB, the last at 0
        // Apr: a new round, all at 1; Sport (Oeverzele) after Eikelaar
        assertThat(slots)
                .extracting(s -> s.choice().orElseThrow().partner())
                .containsExactly(LIBRARY, SPORT, CLB, SPORT);
        assertThat(slots.get(0).reasons()).contains(new Reason("meetings.reason.previousSameForced", "Eikelaar"));
    }

    @Test
    void nobodyWithRoomLeavesTheDateOpen() {
        var tiny = new Input(
                DATES.subList(0, 1),
                List.of(candidate(WELFARE, "Welzijnshuis", "Hazelbeke", 10, Set.of())),
                20,
                List.of());
        assertThat(Rotation.propose(tiny).get(0).choice()).isEmpty();
        assertThat(Rotation.propose(tiny).get(0).reasons()).containsExactly(new Reason("meetings.reason.nobody"));
    }

    @Test
    void hardConstraintsAreChecked() {
        var input = input(Set.of(LocalDate.of(2026, 1, 13)));
        var jan = DATES.get(0);
        assertThat(Rotation.check(input, jan, new Choice(SPORT, "main"))).contains(Violation.UNAVAILABLE);
        assertThat(Rotation.check(input, jan, new Choice(WELFARE, "main"))).contains(Violation.NO_ROOM);
        assertThat(Rotation.check(input, jan, new Choice(UUID.randomUUID(), "main")))
                .contains(Violation.NOT_WILLING);
        assertThat(Rotation.check(input, jan, new Choice(CLB, "elsewhere"))).contains(Violation.UNKNOWN_VENUE);
        assertThat(Rotation.check(input, jan, new Choice(CLB, "main"))).isEmpty();
    }

    @Test
    void aSwapThatBreaksFairnessIsExplainedAsSuch() {
        var input = input(Set.of());
        // the coordinator lets the CLB host twice in a row although Library and Sport have not hosted in the series
        var slots = Rotation.explain(
                input,
                List.of(
                        Optional.of(new Choice(CLB, "main")),
                        Optional.of(new Choice(CLB, "main")),
                        Optional.of(new Choice(LIBRARY, "main")),
                        Optional.of(new Choice(SPORT, "main"))));
        // Jan is fair (nobody hosted in the series yet) but stays in Eikelaar while Sport could have moved it
        assertThat(slots.get(0).reasons())
                .contains(new Reason("meetings.reason.previousSameAvoidable", "Eikelaar"))
                .noneMatch(r -> r.key().equals("meetings.reason.notFewest"));
        assertThat(slots.get(1).reasons())
                .contains(new Reason("meetings.reason.notFewest", "Bibliotheek, Sportdienst"));
    }
}
