package org.stiel.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielTime;

/**
 * Keeps a family's details no longer than needed: a referral that ended (declined, closed, cancelled, withdrawn), or a
 * draft left untouched, more than {@code stiel.referrals.retention} ago (default 12 months) loses its personal fields;
 * its numbers and audit trail stay, pseudonymised.
 */
@Component
class ReferralRetention {

    private static final Logger log = LoggerFactory.getLogger(ReferralRetention.class);

    private final ReferralRepository referrals;
    private final Referrals facade;
    private final Clock clock;
    private final Period retention;

    ReferralRetention(
            ReferralRepository referrals,
            Referrals facade,
            Clock clock,
            @Value("${stiel.referrals.retention:P12M}") Period retention) {
        this.referrals = referrals;
        this.facade = facade;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${stiel.referrals.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "referrals-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public int purge() {
        Instant before = clock.instant().atZone(StielTime.ZONE).minus(retention).toInstant();
        int count = 0;
        for (var id : referrals.expiredBefore(before)) {
            // one transaction per referral: a failure leaves the others done
            facade.pseudonymise(id, clock.instant());
            count++;
        }
        if (count > 0) {
            log.info("Retention: pseudonymised {} finished referrals and abandoned drafts", count);
        }
        return count;
    }
}
