package org.stiel.insight.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.platform.StielTime;

/** Clears previews nobody confirmed and readings an instance's stop cut off, on one instance at a time. */
@Component
public class StaleImports {

    private static final Logger log = LoggerFactory.getLogger(StaleImports.class);

    private final ImportStore store;
    private final Clock clock;

    StaleImports(ImportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    // void: ShedLock cannot lock a method that returns a primitive
    @Scheduled(cron = "${stiel.insight.stale-imports-cron:0 17 * * * *}")
    @SchedulerLock(name = "insight-stale-imports", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    @Transactional
    public void cleanUp() {
        int count = store.cleanUp(StielTime.now(clock));
        if (count > 0) {
            log.info("Context imports: {} stale previews or readings closed", count);
        }
    }
}
