package org.stiel.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.stiel.meetings.Rotation.Candidate;
import org.stiel.meetings.Rotation.Hosting;
import org.stiel.meetings.Rotation.Input;
import org.stiel.meetings.Rotation.Slot;
import org.stiel.meetings.Rotation.Venue;

/**
 * The rotation's rules as properties over random networks (see ADR 0013 for what each property means and why it is
 * the exact claim the algorithm makes). Inputs are built from a few sizes QuickTheories shrinks and a seed.
 */
class RotationPropertyTests {

    /** The shape of a random input; QuickTheories shrinks the sizes, the seed fills in the rest. */
    record Shape(int partners, int municipalities, int dates, int history, boolean unavailability, long seed) {

        Input input() {
            var random = new Random(seed);
            List<String> places = new ArrayList<>();
            for (int m = 0; m < municipalities; m++) {
                places.add("Gemeente " + (char) ('A' + m));
            }
            int expected = 5 + random.nextInt(30);
            LocalDate start = LocalDate.of(2026, 1, 13);
            List<LocalDate> days = new ArrayList<>();
            for (int d = 0; d < dates; d++) {
                days.add(start.plusMonths(d));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int p = 0; p < partners; p++) {
                List<Venue> venues = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int v = 0; v < count; v++) {
                    // now and then a venue outside the network or too small: they must never be chosen
                    Optional<String> place = random.nextInt(10) == 0
                            ? Optional.empty()
                            : Optional.of(places.get(random.nextInt(places.size())));
                    venues.add(new Venue("v" + p + "-" + v, "Zaal " + v, place, 4 + random.nextInt(50)));
                }
                Set<LocalDate> unavailable = new HashSet<>();
                if (unavailability) {
                    for (LocalDate day : days) {
                        if (random.nextInt(4) == 0) {
                            unavailable.add(day);
                        }
                    }
                }
                candidates.add(new Candidate(new UUID(p, random.nextLong()), "Partner " + p, venues, unavailable));
            }
            List<Hosting> past = new ArrayList<>();
            for (int h = 0; h < history; h++) {
                var who = candidates.get(random.nextInt(candidates.size()));
                past.add(new Hosting(
                        who.partner(), start.minusMonths(1 + h), places.get(random.nextInt(places.size()))));
            }
            return new Input(days, candidates, expected, past);
        }
    }

    static Gen<Shape> shapes(boolean unavailability) {
        return integers()
                .between(1, 7)
                .zip(integers().between(1, 4), integers().between(1, 14), (p, m, d) -> new int[] {p, m, d})
                .zip(
                        integers().between(0, 8),
                        longs().all(),
                        (pmd, h, seed) -> new Shape(pmd[0], pmd[1], pmd[2], h, unavailability, seed));
    }

    static Gen<Shape> anyShape() {
        return shapes(false)
                .zip(
                        booleans().all(),
                        (s, u) -> new Shape(s.partners(), s.municipalities(), s.dates(), s.history(), u, s.seed()));
    }

    @Test
    void constraintsAreAlwaysHonoured() {
        qt().withExamples(1000).forAll(anyShape()).checkAssert(shape -> {
            var input = shape.input();
            var slots = Rotation.propose(input);
            assertThat(slots).extracting(Slot::date).containsExactlyElementsOf(input.dates());
            for (Slot slot : slots) {
                if (slot.choice().isPresent()) {
                    assertThat(Rotation.check(input, slot.date(), slot.choice().get()))
                            .isEmpty();
                } else {
                    // a date stays open only when nobody could host on it
                    assertThat(input.candidates()).noneMatch(c -> input.canHost(c, slot.date()));
                }
            }
        });
    }

    /**
     * Rule 1 as the algorithm guarantees it on every date: the host has the fewest hostings in the series of those
     * who can host that day, whatever the history.
     */
    @Test
    void everyHostHasTheFewestHostingsInTheSeriesOfThoseWhoCanHostThatDay() {
        qt().withExamples(1000).forAll(anyShape()).checkAssert(shape -> {
            var input = shape.input();
            Map<UUID, Integer> counts = new HashMap<>();
            for (Slot slot : Rotation.propose(input)) {
                var able = input.candidates().stream()
                        .filter(c -> input.canHost(c, slot.date()))
                        .toList();
                slot.choice().ifPresent(choice -> {
                    int fewest = able.stream()
                            .mapToInt(c -> counts.getOrDefault(c.partner(), 0))
                            .min()
                            .orElseThrow();
                    assertThat(counts.getOrDefault(choice.partner(), 0)).isEqualTo(fewest);
                    counts.merge(choice.partner(), 1, Integer::sum);
                });
            }
        });
    }

    /**
     * The fairness bound when no constraint forces otherwise (nobody unavailable): at every prefix of the proposal the
     * series' host counts of the partners who can host differ by at most one, whatever the history.
     */
    @Test
    void hostCountsInTheSeriesStayWithinOneOfEachOtherWithoutUnavailability() {
        qt().withExamples(1000).forAll(shapes(false)).checkAssert(shape -> {
            var input = shape.input();
            var able = input.candidates().stream()
                    .filter(c -> !input.roomy(c).isEmpty())
                    .map(Candidate::partner)
                    .toList();
            Map<UUID, Integer> counts = new HashMap<>();
            if (able.isEmpty()) {
                return;
            }
            for (Slot slot : Rotation.propose(input)) {
                counts.merge(slot.choice().orElseThrow().partner(), 1, Integer::sum);
                assertThat(spread(able, counts)).isLessThanOrEqualTo(1);
            }
        });
    }

    /** The rule, with any history: nobody hosts twice in a series before every able partner hosted once. */
    @Test
    void nobodyHostsTwiceInASeriesBeforeEveryoneHostedOnce() {
        qt().withExamples(500).forAll(shapes(false)).checkAssert(shape -> {
            var input = shape.input();
            var able = input.candidates().stream()
                    .filter(c -> !input.roomy(c).isEmpty())
                    .map(Candidate::partner)
                    .toList();
            if (able.isEmpty()) {
                return;
            }
            List<UUID> hosts = Rotation.propose(input).stream()
                    .map(s -> s.choice().orElseThrow().partner())
                    .toList();
            for (int i = 0; i < hosts.size(); i++) {
                // in round r (the r-th time through the partners) every host is new to that round
                int round = i / able.size();
                var inRound = hosts.subList(round * able.size(), i);
                assertThat(inRound).doesNotContain(hosts.get(i));
            }
        });
    }

    /** Rule 2: a meeting is in the previous one's municipality only when no fair choice had room elsewhere. */
    @Test
    void municipalitiesAlternateWheneverAFairAlternativeExists() {
        qt().withExamples(1000).forAll(anyShape()).checkAssert(shape -> {
            var input = shape.input();
            Map<UUID, Integer> counts = new HashMap<>();
            String previous = input.history().stream()
                    .filter(h -> h.date().isBefore(input.dates().get(0)))
                    .reduce((a, b) -> b)
                    .map(Hosting::municipality)
                    .orElse(null);
            for (Slot slot : Rotation.propose(input)) {
                if (slot.choice().isEmpty()) {
                    continue;
                }
                if (slot.municipality().equals(previous)) {
                    var able = input.candidates().stream()
                            .filter(c -> input.canHost(c, slot.date()))
                            .toList();
                    int fewest = able.stream()
                            .mapToInt(c -> counts.getOrDefault(c.partner(), 0))
                            .min()
                            .orElseThrow();
                    String same = previous;
                    assertThat(able.stream()
                                    .filter(c -> counts.getOrDefault(c.partner(), 0) == fewest)
                                    .flatMap(c -> input.roomy(c).stream()))
                            .allMatch(v -> v.municipality().orElseThrow().equals(same));
                }
                counts.merge(slot.choice().get().partner(), 1, Integer::sum);
                previous = slot.municipality();
            }
        });
    }

    @Test
    void sameInputSameProposalWhateverTheOrder() {
        qt().withExamples(500).forAll(anyShape()).checkAssert(shape -> {
            var input = shape.input();
            var candidates = new ArrayList<>(input.candidates());
            var history = new ArrayList<>(input.history());
            var dates = new ArrayList<>(input.dates());
            var random = new Random(shape.seed() + 1);
            Collections.shuffle(candidates, random);
            Collections.shuffle(history, random);
            Collections.shuffle(dates, random);
            var shuffled = new Input(dates, candidates, input.expectedAttendees(), history);
            assertThat(Rotation.propose(shuffled)).isEqualTo(Rotation.propose(input));
            assertThat(Rotation.propose(input)).isEqualTo(Rotation.propose(input));
        });
    }

    @Test
    void theExplanationOfAProposalIsTheProposalsOwn() {
        qt().withExamples(300).forAll(anyShape()).checkAssert(shape -> {
            var input = shape.input();
            var slots = Rotation.propose(input);
            var again = Rotation.explain(input, slots.stream().map(Slot::choice).toList());
            assertThat(again).isEqualTo(slots);
            // a proposal never warns about itself
            assertThat(slots.stream().flatMap(s -> s.reasons().stream()))
                    .noneMatch(r -> r.key().equals("meetings.reason.notFewest")
                            || r.key().equals("meetings.reason.previousSameAvoidable"));
        });
    }

    /**
     * Burdens and benefits over the years: in one municipality (alternation plays no part) and with nobody
     * unavailable, the first round of a series goes to those who hosted least before, fewest first.
     */
    @Test
    void theFirstRoundGoesToThoseWhoHostedLeastBefore() {
        qt().withExamples(500).forAll(shapes(false)).checkAssert(shape -> {
            var input = shape.input();
            var oneMunicipality = new Input(
                    input.dates(),
                    input.candidates().stream()
                            .map(c -> new Candidate(
                                    c.partner(),
                                    c.name(),
                                    c.venues().stream()
                                            .map(v -> new Venue(
                                                    v.key(),
                                                    v.name(),
                                                    v.municipality().map(m -> "Gemeente A"),
                                                    v.capacity()))
                                            .toList(),
                                    c.unavailable()))
                            .toList(),
                    input.expectedAttendees(),
                    input.history().stream()
                            .map(h -> new Hosting(h.partner(), h.date(), "Gemeente A"))
                            .toList());
            long able = oneMunicipality.candidates().stream()
                    .filter(c -> !oneMunicipality.roomy(c).isEmpty())
                    .count();
            var history = historyCounts(oneMunicipality);
            var firstRound = Rotation.propose(oneMunicipality).stream()
                    .limit(able)
                    .map(s -> history.getOrDefault(s.choice().orElseThrow().partner(), 0))
                    .toList();
            assertThat(firstRound).isSorted();
        });
    }

    private static Map<UUID, Integer> historyCounts(Input input) {
        Map<UUID, Integer> counts = new HashMap<>();
        input.history().forEach(h -> counts.merge(h.partner(), 1, Integer::sum));
        return counts;
    }

    private static int spread(List<UUID> partners, Map<UUID, Integer> counts) {
        if (partners.isEmpty()) {
            return 0;
        }
        int max =
                partners.stream().mapToInt(p -> counts.getOrDefault(p, 0)).max().orElseThrow();
        int min =
                partners.stream().mapToInt(p -> counts.getOrDefault(p, 0)).min().orElseThrow();
        return max - min;
    }
}
