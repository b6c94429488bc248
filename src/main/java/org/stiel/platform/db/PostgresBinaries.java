package org.stiel.platform.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.lang3.SystemUtils;
import org.springframework.util.FileSystemUtils;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 server binaries that zonky ships on Maven Central ({@code initdb}, {@code pg_ctl},
 * {@code postgres}), unpacked once into a folder of the current user that nobody else can write to.
 *
 * <p>zonky itself unpacks into the shared {@code /tmp/embedded-pg}; a program that runs as root must not execute files
 * from a folder another local user could have created first, so we unpack into {@code ~/.cache/stiel} (0700).
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private static PostgresBinaries instance;

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries of this platform, unpacked on first use. */
    static synchronized PostgresBinaries get() {
        if (instance == null) {
            instance = new PostgresBinaries(unpack());
        }
        return instance;
    }

    /**
     * The command line to run one of the binaries. As root it runs inside {@code unshare -U} (as zonky does): there it
     * is no longer root, which PostgreSQL requires, while the files it writes still belong to the invoking user.
     */
    List<String> command(String binary, String... arguments) {
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(binary).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The major version of these binaries ({@code 17}): a cluster's {@code PG_VERSION} must match it. */
    String majorVersion() {
        // "postgres (PostgreSQL) 17.11"
        String version = Commands.check(command("postgres", "--version"), null).strip();
        return version.substring(version.lastIndexOf(' ') + 1).split("\\.")[0];
    }

    private static Path unpack() {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                operatingSystem(), "amd64".equals(SystemUtils.OS_ARCH) ? "x86_64" : SystemUtils.OS_ARCH)) {
            byte[] archive = in.readAllBytes();
            Path root = ownerOnlyFolder(cacheRoot());
            Path target = root.resolve("postgres-" + digest(archive));
            Path done = target.resolve(".complete");
            if (Files.exists(done)) {
                return target;
            }
            // several JVMs (a test fork and a running app) may unpack at once: one does, the others wait
            try (var channel = FileChannel.open(
                            root.resolve("unpack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var lock = channel.lock()) {
                if (!Files.exists(done)) {
                    FileSystemUtils.deleteRecursively(target);
                    extract(archive, ownerOnlyFolder(target));
                    Files.createFile(done);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the embedded PostgreSQL binaries", e);
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("stiel");
    }

    private static Path ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (SystemUtils.IS_OS_UNIX) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
        return folder;
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    if (SystemUtils.IS_OS_UNIX) {
                        // the archive's modes, always readable by the owner, never writable by others
                        Files.setPosixFilePermissions(file, permissions((entry.getMode() & 0755) | 0600));
                    }
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        var text = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = (mode >> shift) & 7;
            text.append((bits & 4) != 0 ? 'r' : '-')
                    .append((bits & 2) != 0 ? 'w' : '-')
                    .append((bits & 1) != 0 ? 'x' : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }

    private static String digest(byte[] archive) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String operatingSystem() {
        if (SystemUtils.IS_OS_LINUX) {
            return "Linux";
        }
        if (SystemUtils.IS_OS_MAC_OSX) {
            return "Darwin";
        }
        if (SystemUtils.IS_OS_WINDOWS) {
            return "Windows";
        }
        throw new IllegalStateException("No embedded PostgreSQL for " + SystemUtils.OS_NAME);
    }
}
