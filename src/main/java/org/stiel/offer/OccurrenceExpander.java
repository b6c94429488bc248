package org.stiel.offer;

import static org.stiel.platform.StielTime.ZONE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands schedules into the days and hours an offer takes place, within a window of dates, leaving out closed days.
 * RFC 5545 recurrence rules are expanded by ical4j, counted from each schedule's {@code dtstart} so that COUNT means
 * what it says even when the window starts later.
 */
final class OccurrenceExpander {

    private OccurrenceExpander() {}

    record DateRange(LocalDate from, LocalDate to) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    record Occurrence(UUID scheduleId, ZonedDateTime startsAt, ZonedDateTime endsAt, boolean allDay) {}

    /** Occurrences on the days {@code from} to {@code to}, both included, in time order. */
    static List<Occurrence> expand(
            List<OfferView.Schedule> schedules, List<DateRange> closed, LocalDate from, LocalDate to) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (var schedule : schedules) {
            if (schedule.dtstart() == null) {
                continue;
            }
            LocalDate first = max(from, schedule.validFrom());
            LocalDate last = min(to, schedule.validTo());
            if (last.isBefore(first)) {
                continue;
            }
            for (LocalDate date : dates(schedule, last)) {
                if (date.isBefore(first)
                        || date.isAfter(last)
                        || closed.stream().anyMatch(r -> r.contains(date))) {
                    continue;
                }
                occurrences.add(occurrence(schedule, date));
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::startsAt).thenComparing(o -> o.scheduleId()));
        return occurrences;
    }

    private static List<LocalDate> dates(OfferView.Schedule schedule, LocalDate last) {
        if (schedule.freq() == null) {
            return List.of(schedule.dtstart());
        }
        if (last.isBefore(schedule.dtstart())) {
            return List.of();
        }
        Recur<LocalDate> recur = new Recur<>(rrule(schedule));
        // the end of the period is exclusive in ical4j: one day more keeps the last day in
        return recur.getDates(schedule.dtstart(), schedule.dtstart(), last.plusDays(1));
    }

    /** The RFC 5545 RRULE of a schedule, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270630}. */
    static String rrule(OfferView.Schedule schedule) {
        var rule = new StringBuilder("FREQ=").append(schedule.freq().name());
        if (schedule.interval() != null && schedule.interval() > 1) {
            rule.append(";INTERVAL=").append(schedule.interval());
        }
        if (schedule.byday() != null) {
            rule.append(";BYDAY=").append(schedule.byday());
        }
        if (schedule.bymonthday() != null) {
            rule.append(";BYMONTHDAY=").append(schedule.bymonthday());
        }
        if (schedule.count() != null) {
            rule.append(";COUNT=").append(schedule.count());
        }
        if (schedule.until() != null) {
            rule.append(";UNTIL=").append(schedule.until().toString().replace("-", ""));
        }
        return rule.toString();
    }

    private static Occurrence occurrence(OfferView.Schedule schedule, LocalDate date) {
        if (schedule.opensAt() == null) {
            return new Occurrence(
                    schedule.id(), date.atStartOfDay(ZONE), date.plusDays(1).atStartOfDay(ZONE), true);
        }
        LocalTime closes = schedule.closesAt() != null ? schedule.closesAt() : schedule.opensAt();
        return new Occurrence(
                schedule.id(),
                date.atTime(schedule.opensAt()).atZone(ZONE),
                date.atTime(closes).atZone(ZONE),
                false);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
