package org.stiel.platform;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} jobs of all modules. A job that must not run twice (reminders, nudges, retention) adds
 * {@code @SchedulerLock(name = "...", lockAtLeastFor = "...", lockAtMostFor = "...")}; the lock lives in the shared
 * database (table {@code shedlock}).
 *
 * <p>{@code lockAtLeastFor} is what makes a job run once with several instances: each instance's timer fires the
 * job at "the same" minute, but their clocks and start-ups differ by milliseconds to seconds. A lock released as soon
 * as the job ends (after 5 ms, say) lets the instance that fires a moment later take it and run the job again; a lock
 * kept for at least a few minutes covers any skew between the instances. It must stay shorter than the job's
 * interval, or the next run is skipped. {@code lockAtMostFor} is how long a crashed instance's lock blocks the job:
 * longer than the job ever takes, shorter than its interval. The defaults below hold for a job that sets neither.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT30S")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /**
     * The time source of every job, deadline and page, so tests can hand a job a fixed or moved clock instead of
     * waiting. Its zone is {@link StielTime#ZONE}.
     */
    @Bean
    Clock clock() {
        return Clock.system(StielTime.ZONE);
    }
}
