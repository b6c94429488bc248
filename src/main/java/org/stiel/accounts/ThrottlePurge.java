package org.stiel.accounts;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes throttle counts that no longer hold anyone back: login back-offs nobody added to for a day, and buckets
 * bucket4j marked as refilled. Without it both tables grow with every address that ever tried a login.
 */
@Component
class ThrottlePurge {

    private static final int BATCH = 1000;

    private final LoginThrottle logins;
    private final ProxyManager<String> buckets;

    ThrottlePurge(LoginThrottle logins, ProxyManager<String> rateLimitBuckets) {
        this.logins = logins;
        this.buckets = rateLimitBuckets;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @SchedulerLock(name = "accounts-throttle-purge", lockAtLeastFor = "PT1M")
    void purge() {
        logins.purge();
        if (buckets instanceof ExpiredEntriesCleaner cleaner) {
            // in batches, so that one run never holds many row locks at once
            while (cleaner.removeExpired(BATCH) == BATCH) {
                // the next batch
            }
        }
    }
}
