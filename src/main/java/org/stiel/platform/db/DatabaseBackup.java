package org.stiel.platform.db;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.lang3.SystemUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Backup and restore of the embedded database of one data folder, while no Stiel runs on it.
 *
 * <p>The backup is the cluster itself ({@code postgres/}, with its password file), copied while PostgreSQL is cleanly
 * stopped: the embedded binaries have no {@code pg_dump}, and a stopped cluster copied whole is exact, roles and
 * settings included. It restores onto the same PostgreSQL major version (docs/adr/0018-durable-embedded-database.md).
 * Before it is copied, the cluster is started once and stopped cleanly, so that a crash's leftovers are recovered.
 */
final class DatabaseBackup {

    private static final String CLUSTER = "postgres";
    // a cluster's transient files: a copy without them starts as after a clean stop
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "log");

    private DatabaseBackup() {}

    /** Writes the data folder's database to {@code file} (tar.gz, readable by its owner only); returns its size. */
    static long backup(Path home, Path file) throws IOException {
        try (var lock = DataFolderLock.acquire(home)) {
            if (!Files.exists(home.resolve(CLUSTER).resolve("PG_VERSION"))) {
                throw new IllegalStateException("There is no database in " + home + " to back up");
            }
            // recovers a crashed cluster and stops it cleanly: the copy is then consistent
            EmbeddedCluster.startLocked(home, lock).close();
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            createOwnerOnly(partial);
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)));
                    var tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                add(tar, home.resolve(ClusterPasswords.FILE_NAME), ClusterPasswords.FILE_NAME);
                Path cluster = home.resolve(CLUSTER);
                try (Stream<Path> files = Files.walk(cluster)) {
                    for (Path path : (Iterable<Path>) files::iterator) {
                        Path relative = cluster.relativize(path);
                        if (!path.equals(cluster)
                                && !SKIPPED.contains(relative.getName(0).toString())) {
                            add(tar, path, CLUSTER + "/" + relative.toString().replace('\\', '/'));
                        }
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(file);
        }
    }

    /**
     * Replaces the data folder's database with the one in {@code file}. The archive is unpacked beside the current
     * cluster first and checked, so a broken or foreign file leaves the current database as it was.
     */
    static void restore(Path home, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no backup file " + file);
        }
        Files.createDirectories(home);
        try (var lock = DataFolderLock.acquire(home)) {
            var binaries = PostgresBinaries.get();
            Path cluster = home.resolve(CLUSTER);
            if (Files.exists(cluster.resolve("PG_VERSION"))) {
                LeftoverPostmaster.stopIfRunning(binaries, cluster);
            }
            Path restoring = home.resolve("restoring");
            FileSystemUtils.deleteRecursively(restoring);
            Files.createDirectories(restoring);
            try {
                extract(file, restoring);
                Path version = restoring.resolve(CLUSTER).resolve("PG_VERSION");
                if (!Files.isRegularFile(version)
                        || !Files.isRegularFile(restoring.resolve(ClusterPasswords.FILE_NAME))) {
                    throw new IllegalStateException(file + " is not a backup of Stiel's embedded database");
                }
                String major = Files.readString(version, StandardCharsets.UTF_8).strip();
                if (!major.equals(binaries.majorVersion())) {
                    throw new IllegalStateException("The backup " + file + " is of PostgreSQL " + major
                            + "; this Stiel runs PostgreSQL " + binaries.majorVersion());
                }
                Path replaced = home.resolve("postgres.replaced");
                FileSystemUtils.deleteRecursively(replaced);
                if (Files.exists(cluster)) {
                    Files.move(cluster, replaced);
                }
                Files.move(restoring.resolve(CLUSTER), cluster);
                Files.move(
                        restoring.resolve(ClusterPasswords.FILE_NAME),
                        home.resolve(ClusterPasswords.FILE_NAME),
                        StandardCopyOption.REPLACE_EXISTING);
                FileSystemUtils.deleteRecursively(replaced);
            } finally {
                FileSystemUtils.deleteRecursively(restoring);
            }
            // PostgreSQL insists on an owner-only data folder
            if (SystemUtils.IS_OS_UNIX) {
                Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            }
            // proves that the restored database starts, and secures it as every start does
            EmbeddedCluster.startLocked(home, lock).close();
        }
    }

    private static void add(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        TarArchiveEntry entry = tar.createArchiveEntry(path, name);
        tar.putArchiveEntry(entry);
        if (Files.isRegularFile(path)) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    private static void extract(Path file, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
                var tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IllegalStateException(file + " holds a file outside the database: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    createOwnerOnly(path);
                    // into the owner-only file just made (a copy that replaces it would not keep its mode)
                    try (OutputStream out = Files.newOutputStream(path)) {
                        tar.transferTo(out);
                    }
                }
            }
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (SystemUtils.IS_OS_UNIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
