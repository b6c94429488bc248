package org.stiel.platform.mail;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes outbox mails once every link in them has expired: the bodies hold live invitation and reset links in
 * plain text, so they should not stay in the database longer than they are of use.
 *
 * <p>No lock (ShedLock or the like) although several instances may run this at the same time: the DELETE is
 * idempotent, so running it twice at once deletes the same rows once and does no harm.
 */
class OutboxPurge {

    /** The longest lifetime of a link Stiel mails (an invitation's). */
    static final Duration RETENTION = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

    private final JdbcClient jdbc;

    OutboxPurge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        int deleted = jdbc.sql("delete from mail_outbox where created_at < now() - make_interval(secs => ?)")
                .param(RETENTION.toSeconds())
                .update();
        if (deleted > 0) {
            log.info("Deleted {} outbox mails older than {} days", deleted, RETENTION.toDays());
        }
    }
}
