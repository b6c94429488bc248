package org.stiel.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fair rotation of hosts and venues over the dates of a series: pure, no Spring, no database, so that it can be
 * tested as an algorithm (see {@code docs/adr/0013-meetings-that-rotate.md} for the rules and what is proven).
 *
 * <p>Greedy in date order: for each date, of the partners that can host on it (a venue with room, available that
 * day), the one that hosted least in this series so far hosts; among those, one with a venue in another
 * municipality than the previous meeting's; then the one with the fewest hostings in all (history and this series:
 * the burdens and benefits over the years); then the one who hosted longest ago (never first); then the one with the
 * fewest remaining dates it can host on (so that a partner who can only come on few dates gets one of them); then by
 * name and id. Venues: in another municipality than the previous meeting's first,
 * then the municipality that hosted least, then the smallest room that is big enough, then by key.
 */
final class Rotation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Rotation() {}

    /** A place a partner can host at; {@code municipality} is empty when the postcode is not in the network. */
    record Venue(String key, String name, Optional<String> municipality, int capacity) {}

    /** A willing host with its venues and the dates it cannot host. */
    record Candidate(UUID partner, String name, List<Venue> venues, Set<LocalDate> unavailable) {

        Candidate {
            venues = List.copyOf(venues);
            unavailable = Set.copyOf(unavailable);
        }

        Optional<Venue> venue(String key) {
            return venues.stream().filter(v -> v.key().equals(key)).findFirst();
        }
    }

    /** A meeting hosted before (or already planned): who, when, where. */
    record Hosting(UUID partner, LocalDate date, String municipality) {}

    record Input(List<LocalDate> dates, List<Candidate> candidates, int expectedAttendees, List<Hosting> history) {

        Input {
            dates = dates.stream().distinct().sorted().toList();
            // the order callers list candidates or history in must not change the outcome
            candidates = candidates.stream()
                    .sorted(Comparator.comparing(Candidate::name).thenComparing(Candidate::partner))
                    .toList();
            history = history.stream()
                    .sorted(Comparator.comparing(Hosting::date)
                            .thenComparing(Hosting::partner)
                            .thenComparing(Hosting::municipality))
                    .toList();
        }

        Optional<Candidate> candidate(UUID partner) {
            return candidates.stream().filter(c -> c.partner().equals(partner)).findFirst();
        }

        /** Venues in the network with room for everyone expected. */
        List<Venue> roomy(Candidate c) {
            return c.venues().stream()
                    .filter(v -> v.municipality().isPresent() && v.capacity() >= expectedAttendees)
                    .toList();
        }

        boolean canHost(Candidate c, LocalDate date) {
            return !c.unavailable().contains(date) && !roomy(c).isEmpty();
        }
    }

    /** A host and the venue it hosts at. */
    record Choice(UUID partner, String venueKey) {}

    /** One line of an explanation: a message key of the {@code meetings} bundle and its arguments. */
    record Reason(String key, List<String> args) {

        Reason(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /** A date of the proposal; without a choice when nobody can host on it. */
    record Slot(
            LocalDate date,
            Optional<Choice> choice,
            String hostName,
            String venueName,
            String municipality,
            List<Reason> reasons) {}

    /** Why a chosen host cannot host on a date: a message key of the {@code meetings} bundle. */
    enum Violation {
        NOT_WILLING("meetings.violation.notWilling"),
        UNKNOWN_VENUE("meetings.violation.unknownVenue"),
        VENUE_OUTSIDE_NETWORK("meetings.violation.outside"),
        NO_ROOM("meetings.violation.noRoom"),
        UNAVAILABLE("meetings.violation.unavailable");

        final String key;

        Violation(String key) {
            this.key = key;
        }
    }

    /** The proposal for every date of the input, in date order. */
    static List<Slot> propose(Input input) {
        var state = new RotationState(input);
        List<Optional<Choice>> choices = new ArrayList<>();
        for (int i = 0; i < input.dates().size(); i++) {
            LocalDate date = input.dates().get(i);
            int index = i;
            Optional<Choice> best = input.candidates().stream()
                    .filter(c -> input.canHost(c, date))
                    .min(Comparator.<Candidate>comparingInt(c -> state.inSeries(c.partner()))
                            .thenComparing(c -> state.repeatsMunicipality(state.venueFor(c)))
                            .thenComparingInt(c -> state.count(c.partner()))
                            .thenComparing(c -> state.last(c.partner()).orElse(LocalDate.MIN))
                            .thenComparingInt(c -> remaining(input, c, index)))
                    // candidates are sorted by name and id: min() keeps the first of equals
                    .map(c -> new Choice(c.partner(), state.venueFor(c).key()));
            choices.add(best);
            best.ifPresent(choice -> state.host(choice, date));
        }
        return explain(input, choices);
    }

    /** Hard constraints (rule 3) for one host on one date; empty when it may host there. */
    static Optional<Violation> check(Input input, LocalDate date, Choice choice) {
        var candidate = input.candidate(choice.partner());
        if (candidate.isEmpty()) {
            return Optional.of(Violation.NOT_WILLING);
        }
        var venue = candidate.get().venue(choice.venueKey());
        if (venue.isEmpty()) {
            return Optional.of(Violation.UNKNOWN_VENUE);
        }
        if (venue.get().municipality().isEmpty()) {
            return Optional.of(Violation.VENUE_OUTSIDE_NETWORK);
        }
        if (venue.get().capacity() < input.expectedAttendees()) {
            return Optional.of(Violation.NO_ROOM);
        }
        if (candidate.get().unavailable().contains(date)) {
            return Optional.of(Violation.UNAVAILABLE);
        }
        return Optional.empty();
    }

    /**
     * Explains a schedule (proposed, or changed by the coordinator) date by date: how often and when the host hosted
     * before, where the previous meeting was, and where the schedule departs from the rules and why.
     *
     * @param choices one per date of the input, in date order; each must pass {@link #check}
     */
    static List<Slot> explain(Input input, List<Optional<Choice>> choices) {
        if (choices.size() != input.dates().size()) {
            throw new IllegalArgumentException("One choice per date");
        }
        var state = new RotationState(input);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            LocalDate date = input.dates().get(i);
            var able = input.candidates().stream()
                    .filter(c -> input.canHost(c, date))
                    .toList();
            List<Reason> reasons = new ArrayList<>();
            if (choices.get(i).isEmpty()) {
                reasons.add(new Reason("meetings.reason.nobody"));
                slots.add(new Slot(date, Optional.empty(), "", "", "", reasons));
                continue;
            }
            var choice = choices.get(i).get();
            var candidate = input.candidate(choice.partner()).orElseThrow();
            var venue = candidate.venue(choice.venueKey()).orElseThrow();
            String municipality = venue.municipality().orElse("");
            int count = state.count(candidate.partner());
            int inSeries = state.inSeries(candidate.partner());
            reasons.add(state.last(candidate.partner())
                    .map(last -> new Reason(
                            "meetings.reason.count", candidate.name(), String.valueOf(count), DAY.format(last)))
                    .orElseGet(
                            () -> new Reason("meetings.reason.countNever", candidate.name(), String.valueOf(count))));
            var fewer = able.stream()
                    .filter(c -> state.inSeries(c.partner()) < inSeries)
                    .map(Candidate::name)
                    .toList();
            if (!fewer.isEmpty()) {
                reasons.add(new Reason("meetings.reason.notFewest", String.join(", ", fewer)));
            }
            var skipped = input.candidates().stream()
                    .filter(c -> !able.contains(c)
                            && c.unavailable().contains(date)
                            && !input.roomy(c).isEmpty()
                            && state.inSeries(c.partner()) < inSeries)
                    .map(Candidate::name)
                    .toList();
            if (!skipped.isEmpty()) {
                reasons.add(new Reason("meetings.reason.unavailable", String.join(", ", skipped)));
            }
            var noRoom = input.candidates().stream()
                    .filter(c -> input.roomy(c).isEmpty())
                    .map(Candidate::name)
                    .toList();
            if (!noRoom.isEmpty()) {
                reasons.add(new Reason(
                        "meetings.reason.noRoom",
                        String.join(", ", noRoom),
                        String.valueOf(input.expectedAttendees())));
            }
            state.previous().ifPresent(previous -> {
                if (!previous.equals(municipality)) {
                    reasons.add(new Reason("meetings.reason.previousOther", previous, municipality));
                } else if (alternativeExisted(input, state, able, previous)) {
                    reasons.add(new Reason("meetings.reason.previousSameAvoidable", previous));
                } else {
                    reasons.add(new Reason("meetings.reason.previousSameForced", previous));
                }
            });
            slots.add(new Slot(date, Optional.of(choice), candidate.name(), venue.name(), municipality, reasons));
            state.host(choice, date);
        }
        return slots;
    }

    /**
     * Whether one of the partners with the fewest hostings in the series had room in another municipality than the
     * previous.
     */
    private static boolean alternativeExisted(Input input, RotationState state, List<Candidate> able, String previous) {
        int fewest =
                able.stream().mapToInt(c -> state.inSeries(c.partner())).min().orElse(0);
        return able.stream()
                .filter(c -> state.inSeries(c.partner()) == fewest)
                .flatMap(c -> input.roomy(c).stream())
                .anyMatch(v -> !v.municipality().orElseThrow().equals(previous));
    }

    private static int remaining(Input input, Candidate c, int from) {
        int n = 0;
        for (int j = from; j < input.dates().size(); j++) {
            if (!c.unavailable().contains(input.dates().get(j))) {
                n++;
            }
        }
        return n;
    }
}
