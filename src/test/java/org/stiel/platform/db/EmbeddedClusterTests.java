package org.stiel.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL of a kept data folder: durable, recovering, closed to everyone but the application. */
class EmbeddedClusterTests {

    @TempDir
    Path home;

    @Test
    void keptDataIsWrittenToDiskBeforeACommitIsAcknowledged() {
        try (var cluster = EmbeddedCluster.start(
                        home, false, ProcessHandle.current().pid());
                var dataSource = applicationDataSource(cluster)) {
            var sql = JdbcClient.create(dataSource);
            assertThat(sql.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(sql.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(sql.sql("show full_page_writes").query(String.class).single())
                    .isEqualTo("on");
            assertThat(sql.sql("select current_user").query(String.class).single())
                    .isEqualTo("stiel");
        }
    }

    @Test
    void nobodyConnectsWithoutThePasswordAndTheApplicationIsNoSuperuser() throws Exception {
        try (var cluster = EmbeddedCluster.start(
                        home, false, ProcessHandle.current().pid());
                var dataSource = applicationDataSource(cluster)) {
            for (String role : new String[] {"postgres", "stiel"}) {
                assertThatThrownBy(() -> connect(cluster, role, null)).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(cluster, role, "guessed")).isInstanceOf(SQLException.class);
            }
            assertThat(Files.readString(cluster.cluster().resolve("pg_hba.conf")))
                    .doesNotContain("trust");
            var sql = JdbcClient.create(dataSource);
            assertThatThrownBy(() -> sql.sql("create role intruder superuser").update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.sql("copy (select 1) to program 'id'").update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThat(sql.sql("select rolsuper or rolcreaterole from pg_roles where rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThat(Files.getPosixFilePermissions(home.resolve(".pgpass")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aSecondStartOnAFolderInUseIsRefused() {
        try (var cluster =
                EmbeddedCluster.start(home, false, ProcessHandle.current().pid())) {
            assertThatThrownBy(() -> EmbeddedCluster.start(
                            home, false, ProcessHandle.current().pid()))
                    .hasMessageContaining("is using the data folder " + home);
        }
    }

    @Test
    void aPostgresLeftRunningOnTheFolderIsStoppedAndTheStartSucceeds() throws Exception {
        EmbeddedCluster.start(home, false, ProcessHandle.current().pid()).close();
        Path cluster = home.resolve("postgres");
        // what kill -9 of the application leaves: its PostgreSQL running, the folder's lock free
        var binaries = PostgresBinaries.get();
        Commands.check(
                binaries.command(
                        "pg_ctl",
                        "start",
                        "-D",
                        cluster.toString(),
                        "-w",
                        "-l",
                        home.resolve("leftover.log").toString(),
                        "-o",
                        "-c listen_addresses="),
                null);
        long leftover = LeftoverPostmaster.livePostmaster(cluster).orElseThrow();

        try (var restarted = EmbeddedCluster.start(
                        home, false, ProcessHandle.current().pid());
                var dataSource = applicationDataSource(restarted)) {
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(JdbcClient.create(dataSource)
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void theDatabaseStopsWhenTheApplicationIsGone() throws Exception {
        Process application = new ProcessBuilder("sleep", "600").start();
        try (var cluster = EmbeddedCluster.start(home, false, application.pid())) {
            long postmaster =
                    LeftoverPostmaster.livePostmaster(cluster.cluster()).orElseThrow();

            application.destroyForcibly().waitFor();

            await().atMost(Duration.ofMinutes(2))
                    .until(() -> ProcessHandle.of(postmaster)
                            .filter(ProcessHandle::isAlive)
                            .isEmpty());
        } finally {
            application.destroyForcibly();
        }
    }

    static HikariDataSource applicationDataSource(EmbeddedCluster cluster) {
        return (HikariDataSource) new EmbeddedPostgresConfiguration().dataSource(cluster);
    }

    private static void connect(EmbeddedCluster cluster, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        DriverManager.getConnection(cluster.jdbcUrl(), properties).close();
    }
}
