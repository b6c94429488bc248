package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    @Test
    void weekendsDoNotCount() {
        // Friday 20 November 2026 + 2 working days = Tuesday 24 November
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 16), 5)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void belgianPublicHolidaysDoNotCount() {
        assertThat(WorkingDays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6)))
                .as("Easter Monday")
                .isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14)))
                .as("Ascension")
                .isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25)))
                .as("Whit Monday")
                .isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 11)))
                .as("Armistice")
                .isFalse();
        // Tuesday 10 November 2026 + 2 working days skips Wednesday 11 November
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 10), 2)).isEqualTo(LocalDate.of(2026, 11, 13));
        // Thursday 24 December + 1 = Monday 28 December (Christmas on Friday, then the weekend)
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
