package org.stiel.offer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielTime;

/**
 * Moves the offer's occurrences on every night, so that the calendar always reaches twelve months ahead even for an
 * offer nobody saves. One instance at a time: two would rewrite the same rows.
 */
@Component
class OccurrenceHorizon {

    private static final Logger log = LoggerFactory.getLogger(OccurrenceHorizon.class);

    private final Offers offers;

    OccurrenceHorizon(Offers offers) {
        this.offers = offers;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "offer-occurrence-horizon", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void extend() {
        int count = offers.extendOccurrences();
        log.info("Moved the occurrences of {} offers on to {} months ahead", count, Occurrences.HORIZON_MONTHS);
    }
}
