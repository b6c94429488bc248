package org.stiel.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What {@link Rotation} counts as it walks the schedule in date order: hostings, last dates, municipalities. */
final class RotationState {

    private final Rotation.Input input;
    private final Map<UUID, Integer> counts = new HashMap<>();
    private final Map<UUID, Integer> series = new HashMap<>();
    private final Map<UUID, LocalDate> lasts = new HashMap<>();
    private final Map<String, Integer> municipalities = new HashMap<>();
    private String previous;

    RotationState(Rotation.Input input) {
        this.input = input;
        LocalDate first =
                input.dates().isEmpty() ? LocalDate.MAX : input.dates().get(0);
        for (var h : input.history()) {
            counts.merge(h.partner(), 1, Integer::sum);
            lasts.merge(h.partner(), h.date(), (a, b) -> a.isAfter(b) ? a : b);
            municipalities.merge(h.municipality(), 1, Integer::sum);
            // history is sorted by date: the last one before the series is the previous meeting
            if (h.date().isBefore(first)) {
                previous = h.municipality();
            }
        }
    }

    /** Hostings in all: the history and this series so far. */
    int count(UUID partner) {
        return counts.getOrDefault(partner, 0);
    }

    /** Hostings in this series so far. */
    int inSeries(UUID partner) {
        return series.getOrDefault(partner, 0);
    }

    Optional<LocalDate> last(UUID partner) {
        return Optional.ofNullable(lasts.get(partner));
    }

    Optional<String> previous() {
        return Optional.ofNullable(previous);
    }

    boolean repeatsMunicipality(Rotation.Venue venue) {
        return Objects.equals(previous, venue.municipality().orElseThrow());
    }

    /** The venue this candidate would host at now. */
    Rotation.Venue venueFor(Rotation.Candidate c) {
        return input.roomy(c).stream()
                .min(Comparator.<Rotation.Venue, Boolean>comparing(this::repeatsMunicipality)
                        .thenComparingInt(v ->
                                municipalities.getOrDefault(v.municipality().orElseThrow(), 0))
                        .thenComparingInt(Rotation.Venue::capacity)
                        .thenComparing(Rotation.Venue::key))
                .orElseThrow();
    }

    void host(Rotation.Choice choice, LocalDate date) {
        var venue = input.candidate(choice.partner())
                .flatMap(c -> c.venue(choice.venueKey()))
                .orElseThrow();
        String municipality = venue.municipality().orElseThrow();
        counts.merge(choice.partner(), 1, Integer::sum);
        series.merge(choice.partner(), 1, Integer::sum);
        lasts.merge(choice.partner(), date, (a, b) -> a.isAfter(b) ? a : b);
        municipalities.merge(municipality, 1, Integer::sum);
        previous = municipality;
    }
}
