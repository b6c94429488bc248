package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.lang3.SystemUtils;

/**
 * The generated passwords of one embedded cluster: the superuser's (for maintenance only) and the application role's.
 * They are kept in the data folder as a {@code .pgpass} file (PostgreSQL's own format, so {@code psql} reads it through
 * {@code PGPASSFILE}), readable by its owner only, from the moment it exists.
 *
 * @param superuser the password of {@code postgres}
 * @param application the password of {@code stiel}
 * @param created whether the file was written just now (a new cluster, or one of an earlier version of Stiel)
 */
record ClusterPasswords(String superuser, String application, boolean created) {

    static final String FILE_NAME = ".pgpass";
    static final String SUPERUSER = "postgres";
    static final String APPLICATION = "stiel";

    // letters and digits only: safe in a pgpass line and in an SQL literal without escaping
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The passwords stored in {@code file}, or new ones, stored there first. */
    static ClusterPasswords loadOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                Map<String, String> byRole = new HashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.split(":");
                    if (fields.length == 5) {
                        byRole.putIfAbsent(fields[3], fields[4]);
                    }
                }
                if (byRole.containsKey(SUPERUSER) && byRole.containsKey(APPLICATION)) {
                    return new ClusterPasswords(byRole.get(SUPERUSER), byRole.get(APPLICATION), false);
                }
            }
            var passwords = new ClusterPasswords(generate(), generate(), true);
            passwords.store(file);
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database passwords in " + file, e);
        }
    }

    private void store(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (SystemUtils.IS_OS_UNIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        var text =
                new StringBuilder("# Passwords of the embedded PostgreSQL (pgpass format); keep this file private\n");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            text.append(host)
                    .append(":*:*:")
                    .append(APPLICATION)
                    .append(':')
                    .append(application)
                    .append('\n');
            text.append(host)
                    .append(":*:*:")
                    .append(SUPERUSER)
                    .append(':')
                    .append(superuser)
                    .append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "ClusterPasswords[hidden]";
    }
}
