package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.lang3.SystemUtils;

/**
 * A small {@code sh} process, started with the database, that stops it once the application is gone.
 *
 * <p>Why: {@code pg_ctl start} detaches the postmaster from the JVM, and a JVM killed with {@code kill -9} (an OOM
 * kill, an impatient operator) runs no shutdown hook and no Spring destroy method, so PostgreSQL would keep running,
 * holding the data folder and refusing the next start. The watchdog polls the JVM's pid once a second and runs
 * {@code pg_ctl stop -m fast} (else {@code immediate}) when it has gone, so the database outlives the application by a
 * second or two. It ignores the terminal's signals (Ctrl-C reaches the whole process group) because the application's
 * normal shutdown stops PostgreSQL itself and then ends the watchdog. Not on Windows, which has no {@code sh}.
 */
final class PostgresWatchdog implements AutoCloseable {

    private static final String SCRIPT = """
            watched=$1; cluster=$2; wipe=$3; shift 3
            trap '' INT HUP TERM QUIT
            while kill -0 "$watched" 2>/dev/null; do sleep 1; done
            "$@" stop -D "$cluster" -m fast -w -t 30 >/dev/null 2>&1 \\
              || "$@" stop -D "$cluster" -m immediate -w -t 30 >/dev/null 2>&1
            if [ -n "$wipe" ]; then rm -rf "$wipe"; fi
            """;

    private final Process process;

    private PostgresWatchdog(Process process) {
        this.process = process;
    }

    /**
     * Watches {@code watchedPid} and stops the cluster when it is gone; then removes {@code wipe} (a throw-away
     * cluster's folder) if given.
     */
    static PostgresWatchdog start(PostgresBinaries binaries, Path cluster, long watchedPid, Path wipe) {
        if (SystemUtils.IS_OS_WINDOWS) {
            return new PostgresWatchdog(null);
        }
        var command = new ArrayList<>(List.of("sh", "-c", SCRIPT, "stiel-postgres-watchdog"));
        command.add(Long.toString(watchedPid));
        command.add(cluster.toString());
        command.add(wipe == null ? "" : wipe.toString());
        command.addAll(binaries.command("pg_ctl"));
        try {
            return new PostgresWatchdog(new ProcessBuilder(command)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the database watchdog", e);
        }
    }

    /** Ends the watchdog (SIGKILL: it ignores the polite signals) before the application stops PostgreSQL itself. */
    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}
