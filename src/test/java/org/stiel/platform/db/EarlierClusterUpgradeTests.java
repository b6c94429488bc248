package org.stiel.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data folder made by an earlier version of Stiel (zonky's defaults: every local user trusted, the data in database
 * {@code postgres} owned by the superuser) starts with the new configuration and keeps its data, now the application
 * role's.
 */
class EarlierClusterUpgradeTests {

    @TempDir
    Path home;

    @Test
    void anEarlierClusterKeepsItsDataAndIsClosed() throws Exception {
        try (var earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(home.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setRegisterShutdownHook(false)
                        .start();
                var connection = earlier.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table upgrade_note (id bigint generated always as identity primary key,"
                    + " text text not null)");
            statement.execute("insert into upgrade_note (text) values ('kept across the upgrade')");
            statement.execute("create function upgrade_shout(text) returns text language sql as 'select upper($1)'");
        }
        assertThat(Files.exists(home.resolve(".pgpass"))).isFalse();

        try (var cluster = EmbeddedCluster.start(
                        home, false, ProcessHandle.current().pid());
                var dataSource = EmbeddedClusterTests.applicationDataSource(cluster)) {
            var sql = JdbcClient.create(dataSource);
            assertThat(sql.sql("select upgrade_shout(text) from upgrade_note")
                            .query(String.class)
                            .single())
                    .isEqualTo("KEPT ACROSS THE UPGRADE");
            // the application owns what it had: it can write and change its tables (its migrations do)
            sql.sql("insert into upgrade_note (text) values ('written after')").update();
            sql.sql("alter table upgrade_note add column seen boolean").update();
            assertThat(sql.sql("select tableowner from pg_tables where tablename = 'upgrade_note'")
                            .query(String.class)
                            .single())
                    .isEqualTo("stiel");
            // and the trust that the earlier version gave every local user is gone
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl() + "?user=postgres")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
    }
}
