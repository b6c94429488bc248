package org.stiel.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the event publications whose listener failed or never finished: a mail while the SMTP server was
 * down, a feed entry when the instance was killed half-way. Spring Modulith keeps them in {@code event_publication}.
 *
 * <p>This replaces Spring Modulith's republication on restart, which takes up every incomplete publication, also
 * the ones another, running, instance is delivering at that very moment: with several instances, each start could
 * send a mail twice. Here a publication is only taken up once it is older than {@code stiel.events.retry-after}
 * (default 15 minutes), far longer than a listener runs (SMTP has timeouts of seconds, see application.yml), so
 * nothing still in flight is delivered again; each one is claimed in the database before it is delivered (Spring
 * Modulith marks it resubmitted only if no one else did), and the lock keeps the instances from scanning together.
 * A publication that keeps failing is retried less and less often: after n attempts, {@code retry-after × 2^n}
 * later, at most about once a day.
 */
@Component
class EventRetry {

    /** 2^7 × 15 minutes is 32 hours: a publication that keeps failing is still tried daily-ish, not every 5 minutes. */
    private static final int MAX_DOUBLINGS = 7;

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final Duration retryAfter;

    EventRetry(
            IncompleteEventPublications publications,
            Clock clock,
            @Value("${stiel.events.retry-after:PT15M}") Duration retryAfter) {
        this.publications = publications;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "platform-event-retry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT4M")
    void retry() {
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(publication -> due(publication, now, retryAfter));
    }

    /** Whether the publication has waited long enough since it was published, or since it was last tried again. */
    static boolean due(EventPublication publication, Instant now, Duration retryAfter) {
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        Duration wait = retryAfter.multipliedBy(1L << Math.min(publication.getCompletionAttempts(), MAX_DOUBLINGS));
        return !last.plus(wait).isAfter(now);
    }
}
