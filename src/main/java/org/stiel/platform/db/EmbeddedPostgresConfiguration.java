package org.stiel.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} and the tests need nothing installed. The application connects as its own role,
 * with the generated password, never as the superuser (docs/adr/0018-durable-embedded-database.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // Spring stops it after everything that uses the database (not a JVM hook racing the shutdown); the watchdog
    // stops it when the JVM dies without a shutdown
    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(EmbeddedDatabaseProperties properties) {
        long self = ProcessHandle.current().pid();
        if (properties.ephemeral()) {
            try {
                Path home = Files.createTempDirectory("stiel-postgres-");
                log.info("Starting an ephemeral embedded PostgreSQL");
                return EmbeddedCluster.start(home, true, self);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path home = properties.home();
        log.info("Starting embedded PostgreSQL with its data in {}", home.resolve("postgres"));
        return EmbeddedCluster.start(home, false, self);
    }

    @Bean
    DataSource dataSource(EmbeddedCluster postgres) {
        var dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.jdbcUrl())
                .username(postgres.applicationUser())
                .password(postgres.applicationPassword())
                .build();
        dataSource.setPoolName("stiel-embedded");
        return dataSource;
    }
}
