package org.stiel.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on our data folder although no Stiel holds the folder: what {@code kill -9} of the
 * application leaves behind when the watchdog had no time to act. It is stopped cleanly so that the normal start
 * follows; a pid file of a process that is gone is left to PostgreSQL, which handles it itself.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {}

    /** Stops the postmaster named by the cluster's {@code postmaster.pid} if it is a live PostgreSQL of this folder. */
    static void stopIfRunning(PostgresBinaries binaries, Path cluster) {
        Optional<Long> pid = livePostmaster(cluster);
        if (pid.isEmpty()) {
            return;
        }
        log.warn(
                "A PostgreSQL (pid {}) from an earlier run is still running on {}: stopping it before the start",
                pid.get(),
                cluster);
        stop(binaries, cluster);
    }

    /** Stops the cluster's server: fast (rolls back open transactions, writes a checkpoint), else immediate. */
    static void stop(PostgresBinaries binaries, Path cluster) {
        Optional<ProcessHandle> postmaster = livePostmaster(cluster).flatMap(ProcessHandle::of);
        String dir = cluster.toString();
        var fast = Commands.run(binaries.command("pg_ctl", "stop", "-D", dir, "-m", "fast", "-w", "-t", "60"));
        if (fast.exitCode() != 0 && livePostmaster(cluster).isPresent()) {
            log.warn(
                    "PostgreSQL did not stop in fast mode ({}); stopping it immediately",
                    fast.output().strip());
            Commands.run(binaries.command("pg_ctl", "stop", "-D", dir, "-m", "immediate", "-w", "-t", "60"));
        }
        // pg_ctl returns when the pid file is gone, a moment before the process itself
        postmaster.ifPresent(LeftoverPostmaster::awaitExit);
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("PostgreSQL (pid {}) has not exited yet", process.pid());
        }
    }

    /**
     * The pid in {@code postmaster.pid} when that process is alive and a PostgreSQL working in this very folder: its
     * current directory is the data folder (the postmaster changes into it), which a reused pid of another process, or
     * a PostgreSQL of another folder, does not have.
     */
    static Optional<Long> livePostmaster(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        return sameFolder(pid, cluster, lines) ? Optional.of(pid) : Optional.empty();
    }

    private static boolean sameFolder(long pid, Path cluster, List<String> lines) {
        try {
            Path ours = cluster.toRealPath();
            Path cwd = Path.of("/proc", Long.toString(pid), "cwd");
            if (Files.exists(Path.of("/proc/self/cwd"))) {
                return Files.exists(cwd) && cwd.toRealPath().equals(ours);
            }
            // no /proc (macOS): the pid file's own folder line and a postgres executable must both match
            boolean postgres = ProcessHandle.of(pid)
                    .flatMap(p -> p.info().command())
                    .map(command -> command.endsWith("postgres"))
                    .orElse(false);
            return postgres
                    && lines.size() > 1
                    && Path.of(lines.get(1).strip()).toRealPath().equals(ours);
        } catch (IOException e) {
            return false;
        }
    }
}
