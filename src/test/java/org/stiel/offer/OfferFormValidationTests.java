package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of an offer form, and the field each broken rule is reported on. */
class OfferFormValidationTests {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aValidFormHasNoProblems() {
        assertThat(paths(TestOffers.weekly("Spelen", LocalDate.of(2027, 1, 5)))).isEmpty();
    }

    @Test
    void prenatalAgesAreAllowedDownToTheStartOfAPregnancy() {
        var form = TestOffers.weekly("Zwangerschapsyoga", LocalDate.of(2027, 1, 5));
        form.setAgeMinMonths(-9);
        form.setAgeMaxMonths(-1);
        assertThat(paths(form)).isEmpty();
        form.setAgeMinMonths(-10);
        assertThat(paths(form)).containsExactly("ageMinMonths");
    }

    @Test
    void rulesBetweenFieldsAreReportedOnTheFieldToChange() {
        var form = TestOffers.weekly("Fout", LocalDate.of(2027, 1, 5));
        form.setAgeMinMonths(24);
        form.setAgeMaxMonths(12);
        form.setCapacity(10);
        form.setPlacesLeft(11);
        form.setCost(OfferCost.PAID);
        form.setLanguages(List.of("nl", "nederlands"));
        var schedule = form.getSchedules().getFirst();
        schedule.setClosesAt(LocalTime.of(9, 0));
        schedule.setCount(3);
        schedule.setUntil(LocalDate.of(2027, 2, 1));
        var closure = new ClosureForm();
        closure.setFromDate(LocalDate.of(2027, 2, 10));
        closure.setToDate(LocalDate.of(2027, 2, 1));
        form.setClosures(List.of(closure));

        assertThat(paths(form))
                .containsExactlyInAnyOrder(
                        "ageMaxMonths",
                        "placesLeft",
                        "price",
                        "languages",
                        "schedules[0].closesAt",
                        "schedules[0].until",
                        "closures[0].toDate");
    }

    @Test
    void recurrenceFieldsNeedAFrequencyAndOrdinalDaysAMonth() {
        var form = TestOffers.weekly("Fout", LocalDate.of(2027, 1, 5));
        var once = form.getSchedules().getFirst();
        once.setFreq(null);
        once.setByday("MO");
        var weekly = new ScheduleForm();
        weekly.setDtstart(LocalDate.of(2027, 1, 5));
        weekly.setFreq(Frequency.WEEKLY);
        weekly.setByday("1sa");
        weekly.setBymonthday(3);
        var bad = new ScheduleForm();
        bad.setByday("Maandag");
        form.setSchedules(List.of(once, weekly, bad));

        assertThat(paths(form))
                .containsExactlyInAnyOrder(
                        "schedules[0].freq",
                        "schedules[1].byday",
                        "schedules[1].bymonthday",
                        "schedules[2].byday",
                        "schedules[2].dtstart",
                        "schedules[2].freq");
    }

    @Test
    void aPaidOfferWithAPriceAndAReducedTariffIsValid() {
        var form = TestOffers.weekly("Kamp", LocalDate.of(2027, 1, 5));
        form.setCost(OfferCost.PAID);
        form.setPrice(new BigDecimal("65.00"));
        form.setReducedTariff(true);
        var option = new CostOptionForm();
        option.setOption("kansentarief");
        option.setAmount(new BigDecimal("13"));
        form.setCostOptions(List.of(option));
        assertThat(paths(form)).isEmpty();
    }

    @Test
    void blankRowsAreDroppedBeforeValidation() {
        var form = TestOffers.weekly("Leeg", LocalDate.of(2027, 1, 5));
        var rows = new java.util.ArrayList<>(form.getSchedules());
        rows.add(new ScheduleForm());
        form.setSchedules(rows);
        form.setClosures(List.of(new ClosureForm()));
        form.setCostOptions(List.of(new CostOptionForm()));
        assertThat(paths(form.withoutBlankRows())).isEmpty();
        assertThat(form.getSchedules()).hasSize(1);
    }

    private static Set<String> paths(OfferForm form) {
        return VALIDATOR.validate(form).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
