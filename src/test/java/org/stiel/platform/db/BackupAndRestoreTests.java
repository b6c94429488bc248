package org.stiel.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code --backup=FILE} and {@code --restore=FILE}, as a coordinator runs them (README, "Backup and restore"). */
class BackupAndRestoreTests {

    @TempDir
    Path home;

    @TempDir
    Path backups;

    @Test
    void aRestoreBringsBackWhatTheBackupHeld() throws Exception {
        withDatabase(sql -> {
            sql.sql("create table backup_note (id int primary key, text text not null)")
                    .update();
            sql.sql("insert into backup_note values (1, 'before the backup')").update();
        });
        Path file = backups.resolve("stiel.backup");

        assertThat(maintenance("--backup=" + file)).isZero();
        assertThat(file).isRegularFile();

        withDatabase(sql -> {
            sql.sql("update backup_note set text = 'changed after the backup' where id = 1")
                    .update();
            sql.sql("insert into backup_note values (2, 'added after the backup')")
                    .update();
        });

        assertThat(maintenance("--restore=" + file)).isZero();
        assertThat(Files.getPosixFilePermissions(home.resolve(".pgpass")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        withDatabase(sql -> assertThat(sql.sql("select text from backup_note order by id")
                        .query(String.class)
                        .list())
                .containsExactly("before the backup"));
    }

    @Test
    void theBackupIsReadableByItsOwnerOnly() throws Exception {
        withDatabase(sql -> {});
        Path file = backups.resolve("private.backup");

        assertThat(maintenance("--backup=" + file)).isZero();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void noBackupOrRestoreWhileStielRunsOnTheFolder() throws Exception {
        withDatabase(sql -> {});
        Path file = backups.resolve("refused.backup");
        Files.writeString(backups.resolve("other.backup"), "not a backup");

        try (var running =
                EmbeddedCluster.start(home, false, ProcessHandle.current().pid())) {
            assertThat(maintenance("--backup=" + file)).isEqualTo(1);
            assertThat(maintenance("--restore=" + backups.resolve("other.backup")))
                    .isEqualTo(1);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNoBackupLeavesTheDatabaseAsItWas() throws Exception {
        withDatabase(sql -> {
            sql.sql("create table kept_note (text text)").update();
            sql.sql("insert into kept_note values ('still here')").update();
        });
        Path file = backups.resolve("garbage.backup");
        Files.writeString(file, "not a backup");

        assertThat(maintenance("--restore=" + file)).isEqualTo(1);

        withDatabase(sql -> assertThat(sql.sql("select text from kept_note")
                        .query(String.class)
                        .single())
                .isEqualTo("still here"));
    }

    private int maintenance(String command) {
        return EmbeddedDatabaseMaintenance.run(
                new String[] {"--stiel.embedded-db.data-dir=" + home, "--spring.main.log-startup-info=false", command});
    }

    private void withDatabase(java.util.function.Consumer<JdbcClient> work) {
        try (var cluster = EmbeddedCluster.start(
                        home, false, ProcessHandle.current().pid());
                var dataSource = EmbeddedClusterTests.applicationDataSource(cluster)) {
            work.accept(JdbcClient.create(dataSource));
        }
    }
}
