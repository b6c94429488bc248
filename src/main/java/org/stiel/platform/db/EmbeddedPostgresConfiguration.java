package org.stiel.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
 * {@code ./mvnw spring-boot:run} and the tests need nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("locale", "C.UTF-8")
                // Spring closes it after everything that uses the database, not a JVM hook racing the shutdown
                .setRegisterShutdownHook(false);
        if (properties.ephemeral()) {
            log.info("Starting an ephemeral embedded PostgreSQL");
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with its data in {}", dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("stiel-embedded");
        return dataSource;
    }
}
