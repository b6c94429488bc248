package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;

/** Scheduled jobs rely on this: while one instance holds a job's lock, another instance does not run it. */
@StielTest
class SchedulerLockTests {

    @Autowired
    LockProvider locks;

    @Test
    void aHeldLockIsRefusedUntilReleased() {
        var config =
                new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(), Duration.ofMinutes(5), Duration.ZERO);

        SimpleLock first = locks.lock(config).orElseThrow();
        assertThat(locks.lock(config))
                .as("second instance while the first runs")
                .isEmpty();

        first.unlock();
        assertThat(locks.lock(config)).as("after the first finished").isPresent();
    }
}
