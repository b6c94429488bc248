package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Any recurrence a form (or an HSDS schedule) can send: when the offer form's validation accepts it, expanding it
 * into dates never throws and gives dates inside the window, in order. A rule that validation lets through but ical4j
 * cannot expand would be a 500 on the families' pages. Seeds in {@code RecurrenceFuzzTestsInputs}.
 */
class RecurrenceFuzzTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static final String[] BYDAY = {"MO", "TU,TH", "1SA", "-1FR", "5SU", "MO,TU,WE,TH,FR,SA,SU"};

    @FuzzTest(maxDuration = "10s")
    void aValidRecurrenceExpandsWithinItsWindow(FuzzedDataProvider data) {
        var schedule = new ScheduleForm();
        schedule.setDtstart(date(data));
        if (data.consumeBoolean()) {
            schedule.setFreq(data.pickValue(Frequency.values()));
        }
        schedule.setInterval(data.consumeBoolean() ? data.consumeInt(-5, 60) : null);
        schedule.setByday(data.consumeBoolean() ? data.pickValue(BYDAY) : data.consumeString(20));
        schedule.setBymonthday(data.consumeBoolean() ? data.consumeInt(-40, 40) : null);
        schedule.setCount(data.consumeBoolean() ? data.consumeInt(-5, 1200) : null);
        schedule.setUntil(data.consumeBoolean() ? date(data) : null);
        schedule.setValidFrom(data.consumeBoolean() ? date(data) : null);
        schedule.setValidTo(data.consumeBoolean() ? date(data) : null);
        if (data.consumeBoolean()) {
            schedule.setOpensAt(LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399)));
            schedule.setClosesAt(LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399)));
        }
        var form = TestOffers.weekly("Fuzz", LocalDate.now());
        form.setSchedules(List.of(schedule));
        if (!VALIDATOR.validate(form).isEmpty()) {
            return;
        }
        var row = new OfferView.Schedule(
                UUID.randomUUID(),
                null,
                schedule.getValidFrom(),
                schedule.getValidTo(),
                schedule.getDtstart(),
                schedule.getOpensAt(),
                schedule.getClosesAt(),
                schedule.getFreq(),
                schedule.getInterval(),
                schedule.getByday(),
                schedule.getBymonthday(),
                schedule.getCount(),
                schedule.getUntil(),
                null);
        // the window the families' pages and the calendar feed use
        LocalDate from = LocalDate.now();
        LocalDate to = from.plusMonths(Occurrences.HORIZON_MONTHS);
        var occurrences = OccurrenceExpander.expand(List.of(row), List.of(), from, to);
        assertThat(occurrences)
                .allSatisfy(o -> assertThat(o.startsAt().toLocalDate()).isBetween(from, to));
        assertThat(occurrences)
                .isSortedAccordingTo(java.util.Comparator.comparing(OccurrenceExpander.Occurrence::startsAt));
    }

    /** Mostly near today, sometimes anywhere a form's ISO date can name (year -999999999 to +999999999). */
    private static LocalDate date(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return LocalDate.now().plusDays(data.consumeInt(-3_000, 3_000));
        }
        return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }
}
