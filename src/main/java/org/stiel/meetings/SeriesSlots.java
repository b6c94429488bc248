package org.stiel.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stiel.partners.PartnerId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dates of a {@link Series} between their three forms: as {@link Rotation} proposes and checks them, as the
 * series stores them (the explanation of each date as JSON) and as {@link MeetingSeries} shows them.
 */
final class SeriesSlots {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ExplanationLine>> LINES = new TypeReference<>() {};

    private SeriesSlots() {}

    /** A proposal of the rotation as the series stores it, with each date's explanation as JSON. */
    static List<Series.Slot> slots(List<Rotation.Slot> proposal) {
        return proposal.stream()
                .map(s -> new Series.Slot(
                        s.date(),
                        s.choice().map(Rotation.Choice::partner).orElse(null),
                        s.choice().map(Rotation.Choice::venueKey).orElse(null),
                        s.hostName(),
                        s.venueName(),
                        s.municipality(),
                        JSON.writeValueAsString(s.reasons().stream()
                                .map(r -> new ExplanationLine(r.key(), r.args()))
                                .toList())))
                .toList();
    }

    /** The stored hosts as the rotation's choices, one per date; empty where nobody hosts. */
    static List<Optional<Rotation.Choice>> choices(Series s) {
        return new ArrayList<>(s.slots().stream()
                .map(slot ->
                        Optional.ofNullable(slot.hostPartnerId()).map(p -> new Rotation.Choice(p, slot.venueKey())))
                .toList());
    }

    /** The series as shown, its explanations read back from JSON. */
    static SeriesView view(Series s) {
        var slots = s.slots();
        List<SlotView> views = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            var slot = slots.get(i);
            views.add(new SlotView(
                    i,
                    slot.day(),
                    Optional.ofNullable(slot.hostPartnerId()).map(PartnerId::new),
                    slot.hostName(),
                    slot.venueKey() == null ? "" : slot.venueKey(),
                    slot.venueName(),
                    slot.municipality(),
                    JSON.readValue(slot.reasons(), LINES)));
        }
        return new SeriesView(
                new SeriesId(s.id()),
                s.name(),
                s.kind(),
                Optional.ofNullable(s.bodyId()),
                s.startTime(),
                s.endTime(),
                s.expectedAttendees(),
                s.confirmed(),
                s.partners().stream().map(PartnerId::new).toList(),
                views,
                s.version());
    }
}
