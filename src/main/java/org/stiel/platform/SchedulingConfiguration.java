package org.stiel.platform;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} jobs of all modules. A job that must not run on two instances at once (reminders,
 * nudges, retention) adds {@code @SchedulerLock(name = "...")}; the lock lives in the shared database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    /** Stiel's networks are in Flanders: dates such as "2 working days" and "today" are Belgian dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /**
     * The time source of every job and deadline, so tests can hand a job a fixed or moved clock instead of waiting.
     */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
