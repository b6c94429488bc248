package org.stiel.referrals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Belgian working days: no weekends and no legal public holidays (the ten of the Belgian calendar, three of them
 * moving with Easter). Regional and school holidays are working days.
 */
final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), // Nieuwjaar
            MonthDay.of(5, 1), // Dag van de Arbeid
            MonthDay.of(7, 21), // Nationale feestdag
            MonthDay.of(8, 15), // O.L.V.-Hemelvaart
            MonthDay.of(11, 1), // Allerheiligen
            MonthDay.of(11, 11), // Wapenstilstand
            MonthDay.of(12, 25)); // Kerstmis

    private WorkingDays() {}

    static boolean isWorkingDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FIXED.contains(MonthDay.from(date))) {
            return false;
        }
        LocalDate easter = easter(date.getYear());
        return !date.equals(easter.plusDays(1)) // Paasmaandag
                && !date.equals(easter.plusDays(39)) // O.L.H.-Hemelvaart
                && !date.equals(easter.plusDays(50)); // Pinkstermaandag
    }

    /** The date {@code days} working days after {@code start}: 2 working days after a Friday is the Tuesday. */
    static LocalDate plus(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
