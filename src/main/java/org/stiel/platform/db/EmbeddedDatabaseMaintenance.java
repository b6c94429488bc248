package org.stiel.platform.db;

import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code --backup=FILE} and {@code --restore=FILE}: back up or restore the embedded database of the data folder
 * ({@code STIEL_DATA_DIR}) and exit, without starting the application. Only the configuration is read (so the data
 * folder is found as the application finds it); no web server, no migrations, no jobs.
 */
public final class EmbeddedDatabaseMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseMaintenance.class);

    private EmbeddedDatabaseMaintenance() {}

    /** Whether the command line asks for a backup or a restore instead of the application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--backup=") || arg.startsWith("--restore="));
    }

    /** Runs the backup or restore the command line asks for; returns the process's exit code. */
    public static int run(String[] args) {
        var context = new SpringApplicationBuilder(Runner.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args);
        return SpringApplication.exit(context);
    }

    // not a @Configuration: the application's component scan must not pick it up
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Runner implements ApplicationRunner, ExitCodeGenerator {

        private final EmbeddedDatabaseProperties properties;
        private final Environment environment;
        private int exitCode;

        Runner(EmbeddedDatabaseProperties properties, Environment environment) {
            this.properties = properties;
            this.environment = environment;
        }

        @Override
        public void run(ApplicationArguments arguments) {
            Path home = properties.home();
            try {
                if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
                    throw new IllegalStateException("Stiel uses an external database (SPRING_DATASOURCE_URL):"
                            + " back it up with that database's own tools, such as pg_dump");
                }
                if (arguments.containsOption("backup")) {
                    Path file = file(arguments, "backup");
                    log.info("Backing up the database in {} ...", home);
                    long size = DatabaseBackup.backup(home, file);
                    log.info("Backup written to {} ({} KB). Keep it as private as the data folder.", file, size / 1024);
                } else {
                    Path file = file(arguments, "restore");
                    log.info("Restoring the database in {} from {} ...", home, file);
                    DatabaseBackup.restore(home, file);
                    log.info("Restored the database in {} from {}. Start Stiel as usual.", home, file);
                }
            } catch (Exception e) {
                log.error("Failed: {}", e.getMessage());
                exitCode = 1;
            }
        }

        private static Path file(ApplicationArguments arguments, String option) {
            var values = arguments.getOptionValues(option);
            if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
                throw new IllegalArgumentException("Name one file: --" + option + "=FILE");
            }
            return Path.of(values.getFirst()).toAbsolutePath().normalize();
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
