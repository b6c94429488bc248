package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stiel.offer.OccurrenceExpander.DateRange;

/** Expansion of schedules into dates, checked by hand against a 2026-2027 calendar. */
class OccurrenceExpanderTests {

    @Test
    void weeklyOnTwoDaysLeavesOutAClosedDay() {
        var schedule = schedule(LocalDate.of(2027, 1, 4), Frequency.WEEKLY, null, "MO,WE", null, null);
        var closed = List.of(new DateRange(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 11)));

        assertThat(dates(List.of(schedule), closed, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 17)))
                .containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 13));
    }

    @Test
    void monthlyOnTheFirstSaturday() {
        var schedule = schedule(LocalDate.of(2026, 9, 1), Frequency.MONTHLY, null, "1SA", null, null);

        assertThat(dates(List.of(schedule), List.of(), LocalDate.of(2026, 11, 22), LocalDate.of(2027, 2, 28)))
                .containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 6));
    }

    @Test
    void monthlyOnTheLastSunday() {
        var schedule = schedule(LocalDate.of(2026, 9, 1), Frequency.MONTHLY, null, "-1SU", null, null);

        assertThat(dates(List.of(schedule), List.of(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)))
                .containsExactly(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 29));
    }

    @Test
    void countIsCountedFromTheFirstDateNotFromTheWindow() {
        var camp = schedule(LocalDate.of(2027, 2, 15), Frequency.DAILY, null, null, 5, null);

        assertThat(dates(List.of(camp), List.of(), LocalDate.of(2027, 2, 17), LocalDate.of(2027, 3, 31)))
                .containsExactly(LocalDate.of(2027, 2, 17), LocalDate.of(2027, 2, 18), LocalDate.of(2027, 2, 19));
    }

    @Test
    void everyOtherWeekUntilADayThatIsIncluded() {
        var group = schedule(LocalDate.of(2027, 1, 11), Frequency.WEEKLY, 2, "MO", null, LocalDate.of(2027, 2, 8));

        assertThat(dates(List.of(group), List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 8));
    }

    @Test
    void schoolHolidaysAreSkippedLikeClosures() {
        var playgroup = schedule(LocalDate.of(2026, 12, 17), Frequency.WEEKLY, null, "TH", null, null);
        var christmas = List.of(new DateRange(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3)));

        assertThat(dates(List.of(playgroup), christmas, LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 10)))
                .containsExactly(LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 7));
    }

    @Test
    void aSingleDateOutsideTheWindowIsLeftOut() {
        var evening = schedule(LocalDate.of(2027, 1, 21), null, null, null, null, null);

        assertThat(dates(List.of(evening), List.of(), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 12, 31)))
                .isEmpty();
        assertThat(dates(List.of(evening), List.of(), LocalDate.of(2027, 1, 21), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2027, 1, 21));
    }

    @Test
    void validFromAndValidToBoundARecurrence() {
        var hours = new OfferView.Schedule(
                UUID.randomUUID(),
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2026, 9, 1),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                Frequency.WEEKLY,
                null,
                "TU",
                null,
                null,
                null,
                null);

        assertThat(dates(List.of(hours), List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 9));
    }

    @Test
    void localTimesBecomeInstantsInBelgianWinterAndSummerTime() {
        var winter = schedule(LocalDate.of(2027, 1, 21), null, null, null, null, null);
        var summer = schedule(LocalDate.of(2027, 7, 5), null, null, null, null, null);

        var occurrences = OccurrenceExpander.expand(
                List.of(winter, summer), List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

        assertThat(occurrences)
                .extracting(o -> o.startsAt().toInstant())
                .containsExactly(Instant.parse("2027-01-21T18:30:00Z"), Instant.parse("2027-07-05T17:30:00Z"));
        assertThat(occurrences)
                .extracting(o -> o.endsAt().toInstant())
                .containsExactly(Instant.parse("2027-01-21T20:00:00Z"), Instant.parse("2027-07-05T19:00:00Z"));
    }

    @Test
    void aDateWithoutHoursLastsTheWholeDay() {
        var day = new OfferView.Schedule(
                UUID.randomUUID(),
                null,
                null,
                null,
                LocalDate.of(2027, 3, 28),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        var occurrence = OccurrenceExpander.expand(
                        List.of(day), List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .getFirst();

        // the night the clocks go forward: the day is 23 hours long
        assertThat(occurrence.allDay()).isTrue();
        assertThat(occurrence.startsAt().toInstant()).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(occurrence.endsAt().toInstant()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
    }

    @Test
    void theRruleIsRfc5545() {
        var schedule =
                schedule(LocalDate.of(2027, 1, 11), Frequency.WEEKLY, 2, "MO,WE", null, LocalDate.of(2027, 6, 30));

        assertThat(OccurrenceExpander.rrule(schedule)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270630");
    }

    private static OfferView.Schedule schedule(
            LocalDate dtstart, Frequency freq, Integer interval, String byday, Integer count, LocalDate until) {
        return new OfferView.Schedule(
                UUID.randomUUID(),
                null,
                null,
                null,
                dtstart,
                LocalTime.of(19, 30),
                LocalTime.of(21, 0),
                freq,
                interval,
                byday,
                null,
                count,
                until,
                null);
    }

    private static List<LocalDate> dates(
            List<OfferView.Schedule> schedules, List<DateRange> closed, LocalDate from, LocalDate to) {
        return OccurrenceExpander.expand(schedules, closed, from, to).stream()
                .map(o -> o.startsAt().toLocalDate())
                .toList();
    }
}
