package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/**
 * Which incomplete event publications the retry takes up: none still in flight (younger than the wait), and one that
 * keeps failing less and less often, so a broken SMTP server is not hammered every five minutes for days.
 */
class EventRetryTests {

    static final Instant PUBLISHED = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration WAIT = Duration.ofMinutes(15);

    @Test
    void aPublicationIsLeftAloneWhileItMayStillBeInFlight() {
        var fresh = publication(0, null);
        assertThat(EventRetry.due(fresh, PUBLISHED.plus(Duration.ofMinutes(14)), WAIT))
                .isFalse();
        assertThat(EventRetry.due(fresh, PUBLISHED.plus(WAIT), WAIT)).isTrue();
    }

    @Test
    void eachFailedRetryDoublesTheWaitUpToAboutADay() {
        Instant lastTried = PUBLISHED.plus(Duration.ofHours(1));
        var triedThrice = publication(3, lastTried);
        assertThat(EventRetry.due(triedThrice, lastTried.plus(Duration.ofMinutes(119)), WAIT))
                .isFalse();
        assertThat(EventRetry.due(triedThrice, lastTried.plus(Duration.ofMinutes(120)), WAIT))
                .isTrue();

        var triedOften = publication(40, lastTried);
        assertThat(EventRetry.due(triedOften, lastTried.plus(Duration.ofHours(31)), WAIT))
                .isFalse();
        assertThat(EventRetry.due(triedOften, lastTried.plus(Duration.ofHours(32)), WAIT))
                .isTrue();
    }

    private static EventPublication publication(int attempts, Instant lastResubmission) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return PUBLISHED;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return Status.FAILED;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return lastResubmission;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
