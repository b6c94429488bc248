package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One running embedded PostgreSQL: its cluster in {@code <home>/postgres}, its passwords in {@code <home>/.pgpass},
 * the folder's lock, and the watchdog that stops it when the watched process (the application) is gone. Started by
 * {@link #start}, stopped by {@link #close} (Spring's destroy method).
 */
final class EmbeddedCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final Path home;
    private final Path cluster;
    private final boolean throwaway;
    private final PostgresBinaries binaries;
    private final DataFolderLock lock;
    private final boolean ownsLock;
    private final ClusterPasswords passwords;
    private final int port;
    private PostgresWatchdog watchdog;
    private boolean closed;

    private EmbeddedCluster(
            Path home,
            boolean throwaway,
            PostgresBinaries binaries,
            DataFolderLock lock,
            boolean ownsLock,
            ClusterPasswords passwords,
            int port) {
        this.home = home;
        this.cluster = home.resolve("postgres");
        this.throwaway = throwaway;
        this.binaries = binaries;
        this.lock = lock;
        this.ownsLock = ownsLock;
        this.passwords = passwords;
        this.port = port;
    }

    /**
     * Starts the cluster in {@code home} (creating it on first start), stopped again by the watchdog once the process
     * {@code watchedPid} is gone. A throw-away cluster runs without durability (nothing in it is kept) and its folder
     * is removed when it stops.
     */
    static EmbeddedCluster start(Path home, boolean throwaway, long watchedPid) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + home, e);
        }
        var lock = DataFolderLock.acquire(home);
        try {
            return start(home, throwaway, watchedPid, lock, true);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Starts the cluster of a folder whose lock the caller holds (and keeps: a backup, a restore). */
    static EmbeddedCluster startLocked(Path home, DataFolderLock lock) {
        return start(home, false, ProcessHandle.current().pid(), lock, false);
    }

    private static EmbeddedCluster start(
            Path home, boolean throwaway, long watchedPid, DataFolderLock lock, boolean ownsLock) {
        var binaries = PostgresBinaries.get();
        var passwords = ClusterPasswords.loadOrCreate(home.resolve(ClusterPasswords.FILE_NAME));
        var embedded = new EmbeddedCluster(home, throwaway, binaries, lock, ownsLock, passwords, freePort());
        embedded.prepare();
        embedded.run(watchedPid);
        return embedded;
    }

    private void prepare() {
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initdb();
        } else {
            LeftoverPostmaster.stopIfRunning(binaries, cluster);
            if (passwords.created()) {
                log.warn(
                        "The database in {} had no password file: it now gets generated passwords (kept in {}) and"
                                + " the application's own role '{}'",
                        cluster,
                        home.resolve(ClusterPasswords.FILE_NAME),
                        ClusterPasswords.APPLICATION);
                ClusterAccess.setSuperuserPassword(binaries, cluster, passwords.superuser());
            }
        }
        ClusterAccess.writeHba(cluster);
        ServerLog.configure(cluster);
    }

    private void initdb() {
        Commands.check(
                binaries.command(
                        "initdb",
                        "-D",
                        cluster.toString(),
                        "-U",
                        ClusterPasswords.SUPERUSER,
                        "--pwfile=/dev/stdin",
                        "-A",
                        "scram-sha-256",
                        "-E",
                        "UTF-8",
                        "--locale=C.UTF-8"),
                passwords.superuser() + "\n");
    }

    private void run(long watchedPid) {
        try {
            Files.createDirectories(cluster.resolve("log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String options = settings().entrySet().stream()
                .map(setting -> "-c " + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining(" "));
        var started = Commands.run(binaries.command(
                "pg_ctl",
                "start",
                "-D",
                cluster.toString(),
                "-w",
                "-t",
                "300",
                "-l",
                cluster.resolve("log").resolve("startup.log").toString(),
                "-o",
                options));
        if (started.exitCode() != 0) {
            throw new IllegalStateException("The embedded PostgreSQL in " + cluster + " did not start: "
                    + started.output().strip() + " (its log is in " + cluster.resolve("log") + ")");
        }
        watchdog = PostgresWatchdog.start(binaries, cluster, watchedPid, throwaway ? home : null);
        try (Connection connection = connect(ClusterPasswords.SUPERUSER, passwords.superuser())) {
            ClusterAccess.secureApplicationRole(connection, passwords.application());
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Cannot prepare the application's role in the embedded PostgreSQL", e);
        }
    }

    /**
     * The server's settings. Kept data is durable: every commit is on disk before it is acknowledged, so a power cut
     * or a kill of application and database together loses nothing acknowledged. A throw-away cluster (tests) is
     * thrown away on any crash anyway, so it skips the disk flushes for speed.
     */
    private Map<String, String> settings() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("port", Integer.toString(port));
        settings.put("listen_addresses", "localhost");
        // no unix socket: TCP on loopback with a password is the only way in
        settings.put("unix_socket_directories", "");
        settings.put("password_encryption", "scram-sha-256");
        settings.put("max_connections", "100");
        settings.put("timezone", "UTC");
        String durable = throwaway ? "off" : "on";
        settings.put("fsync", durable);
        settings.put("synchronous_commit", durable);
        settings.put("full_page_writes", durable);
        return settings;
    }

    /** The application's database over JDBC, for the application's role {@code stiel}. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + ClusterAccess.DATABASE;
    }

    String applicationUser() {
        return ClusterPasswords.APPLICATION;
    }

    String applicationPassword() {
        return passwords.application();
    }

    int port() {
        return port;
    }

    Path cluster() {
        return cluster;
    }

    /** A connection as the superuser: for maintenance only, never for the application. */
    Connection connect(String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    Connection connectAsSuperuser() throws SQLException {
        return connect(ClusterPasswords.SUPERUSER, passwords.superuser());
    }

    /** Stops PostgreSQL cleanly (the watchdog first, so that the two do not race) and releases the folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watchdog != null) {
            watchdog.close();
        }
        LeftoverPostmaster.stop(binaries, cluster);
        log.info("Stopped the embedded PostgreSQL in {}", cluster);
        if (ownsLock) {
            lock.close();
        }
        if (throwaway) {
            FileSystemUtils.deleteRecursively(home.toFile());
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }
}
