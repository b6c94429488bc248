package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the embedded PostgreSQL logs: a week of files in {@code postgres/log}, one per weekday, each overwritten a week
 * later, so the log never fills the disk. Appended once to {@code postgresql.conf} (not given on the command line, as
 * the security and durability settings are), so that {@code ALTER SYSTEM} can still change it, as the staff benchmark
 * does.
 */
final class ServerLog {

    private static final String MARKER = "# Stiel: server logs";

    private static final String SETTINGS = MARKER + """

            logging_collector = on
            log_directory = 'log'
            log_filename = 'postgresql-%a.log'
            log_truncate_on_rotation = on
            log_rotation_age = 1d
            log_rotation_size = 0
            """;

    private ServerLog() {}

    static void configure(Path cluster) {
        Path conf = cluster.resolve("postgresql.conf");
        try {
            if (!Files.readString(conf, StandardCharsets.UTF_8).contains(MARKER)) {
                Files.writeString(conf, "\n" + SETTINGS, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot configure the server log in " + conf, e);
        }
    }
}
