package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The day pickers of a schedule row and the RFC 5545 rule the offer keeps. */
class ScheduleFormDaysTests {

    @Test
    void tickedDaysMakeAWeeklyRule() {
        var row = new ScheduleForm();
        row.setDays(List.of("MO", "WE"));
        row.setWeekOfMonth(null);

        assertThat(row.getByday()).isEqualTo("MO,WE");
    }

    @Test
    void aDayInAWeekOfTheMonthMakesTheFirstSaturday() {
        var row = new ScheduleForm();
        row.setWeekOfMonth(1);
        row.setDays(List.of("SA"));
        assertThat(row.getByday()).isEqualTo("1SA");

        row.setWeekOfMonth(-1);
        assertThat(row.getByday()).isEqualTo("-1SA");
    }

    @Test
    void noDayTickedIsNoRule() {
        var row = new ScheduleForm();
        row.setByday("MO");
        row.setDays(List.of());

        assertThat(row.getByday()).isNull();
    }

    @Test
    void aRuleReadBackTicksItsDays() {
        var row = new ScheduleForm();
        row.setByday("2sa, 2su");

        assertThat(row.getDays()).containsExactly("SA", "SU");
        assertThat(row.getWeekOfMonth()).isEqualTo(2);
        assertThat(row.getByday()).isEqualTo("2SA,2SU");
    }

    @Test
    void aRuleThePickersCannotShowIsKeptAsItIs() {
        var row = new ScheduleForm();
        row.setByday("1MO,-1FR");

        assertThat(row.getDays()).isEmpty();
        assertThat(row.getByday()).isEqualTo("1MO,-1FR");
    }
}
