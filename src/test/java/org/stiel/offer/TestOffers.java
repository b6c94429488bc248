package org.stiel.offer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.stiel.network.LifeDomain;

/** Valid offer forms for tests. */
public final class TestOffers {

    private TestOffers() {}

    /** A free weekly activity on Tuesdays 10:00-11:30 from {@code start}, for parents of children of 0-36 months. */
    public static OfferForm weekly(String name, LocalDate start) {
        var form = new OfferForm();
        form.setName(name);
        form.setDescription("Samen spelen en praten. Een test.");
        form.setKind(OfferKind.ACTIVITY);
        form.setAudiences(EnumSet.of(Audience.PARENTS, Audience.CHILDREN));
        form.setAgeMinMonths(0);
        form.setAgeMaxMonths(36);
        form.setPillar(Pillar.MEETING_OTHERS);
        form.setLifeDomains(EnumSet.of(LifeDomain.MEETING_OTHERS));
        form.setLanguages(List.of("nl"));
        form.setContactName("Onthaal");
        var schedule = new ScheduleForm();
        schedule.setDtstart(start);
        schedule.setFreq(Frequency.WEEKLY);
        schedule.setByday("TU");
        schedule.setOpensAt(LocalTime.of(10, 0));
        schedule.setClosesAt(LocalTime.of(11, 30));
        form.setSchedules(List.of(schedule));
        return form;
    }
}
