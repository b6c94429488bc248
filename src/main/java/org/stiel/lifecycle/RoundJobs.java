package org.stiel.lifecycle;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielTime;

/**
 * Closes rounds after their last day and reminds those who have not answered. Locked, because two instances
 * reminding at once would each send the same mail.
 */
@Component
class RoundJobs {

    private static final Logger log = LoggerFactory.getLogger(RoundJobs.class);

    private final Rounds rounds;

    RoundJobs(Rounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(cron = "0 5 * * * *", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "lifecycle-close-rounds", lockAtLeastFor = "PT5M", lockAtMostFor = "PT15M")
    void closeOverdue() {
        int closed = rounds.closeOverdue();
        if (closed > 0) {
            log.info("Closed {} assessment rounds after their last day", closed);
        }
    }

    @Scheduled(cron = "0 0 9 * * *", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "lifecycle-remind-participants", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void remind() {
        int sent = rounds.remindDue();
        if (sent > 0) {
            log.info("Sent {} assessment round reminders", sent);
        }
    }
}
