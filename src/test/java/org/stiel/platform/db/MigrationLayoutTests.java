package org.stiel.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * One migration folder per module, listed in {@code spring.flyway.locations} (docs/adr/0026). The migrations were
 * moved into those folders unchanged: a database migrated while they all lay in {@code db/migration} must validate,
 * and find nothing pending, under the new layout — otherwise every running installation would refuse to start.
 */
class MigrationLayoutTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyMigrationFolderIsListedAndNoMigrationLiesOutsideOne() throws IOException {
        var locations = locations();
        try (Stream<Path> entries = Files.list(MIGRATIONS)) {
            var all = entries.toList();
            // a migration left at the root (or in a folder not listed) would never run
            assertThat(all).allMatch(Files::isDirectory, "a folder, not a loose migration");
            assertThat(locations)
                    .containsExactlyInAnyOrderElementsOf(all.stream()
                            .map(folder -> "classpath:db/migration/" + folder.getFileName())
                            .toList());
        }
        assertThat(locations).contains("classpath:db/migration/platform", "classpath:db/migration/offer");
    }

    @Test
    void aDatabaseMigratedWithTheFormerSingleFolderValidatesUnderTheModuleFolders(@TempDir Path formerLayout)
            throws IOException {
        // the former layout: every migration, byte for byte, in one folder
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(file, formerLayout.resolve(file.getFileName()));
            }
        }
        try (var postgres =
                EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start()) {
            var database = postgres.getPostgresDatabase();
            var applied = Flyway.configure()
                    .dataSource(database)
                    .locations("filesystem:" + formerLayout)
                    .load()
                    .migrate();
            assertThat(applied.migrationsExecuted).isGreaterThan(20);

            var moduleFolders = Flyway.configure()
                    .dataSource(database)
                    .locations(locations().toArray(String[]::new))
                    .load();
            var validation = moduleFolders.validateWithResult();
            assertThat(validation.validationSuccessful)
                    .as("%s", validation.invalidMigrations)
                    .isTrue();
            assertThat(moduleFolders.info().pending()).isEmpty();
            assertThat(moduleFolders.info().applied()).hasSize(applied.migrationsExecuted);
        }
    }

    static List<String> locations() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("spring.flyway.locations", Bindable.listOf(String.class))
                .get();
    }
}
