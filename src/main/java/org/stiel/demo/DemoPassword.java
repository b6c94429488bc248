package org.stiel.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one password of all demo accounts: the configured one ({@code STIEL_DEMO_PASSWORD}), else one generated on
 * first start. With the persistent embedded database the generated password is kept beside the data, so that every
 * later start can print it again; with an external database there is no place of ours to keep it, so it is printed
 * once, when the data is loaded.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoPassword {

    static final String FILE_NAME = "demo-password";

    // no look-alikes (0/O, 1/l/I): people type this from a console
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRTUVWXY2345679";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Environment environment;
    private String password;

    DemoPassword(Environment environment) {
        this.environment = environment;
    }

    /** The password to give new demo accounts, generating (and, where possible, storing) one if none is known. */
    synchronized String obtain() {
        if (known().isEmpty()) {
            password = generate();
            file().ifPresent(this::store);
        }
        return password;
    }

    /** The password, if it was configured, stored, or generated during this run. */
    synchronized Optional<String> known() {
        if (password == null) {
            String configured = environment.getProperty("stiel.demo.password");
            if (StringUtils.hasText(configured)) {
                password = configured.strip();
            } else {
                password = file().filter(Files::isRegularFile)
                        .map(DemoPassword::read)
                        .orElse(null);
            }
        }
        return Optional.ofNullable(password);
    }

    static String generate() {
        var result = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                result.append('-');
            }
            result.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return result.toString();
    }

    /** The file beside the persistent embedded database; none for an external or throw-away one. */
    private Optional<Path> file() {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean ephemeral = environment.getProperty("stiel.embedded-db.ephemeral", Boolean.class, false);
        if (external || ephemeral) {
            return Optional.empty();
        }
        return Optional.of(Path.of(environment.getProperty("stiel.embedded-db.data-dir", "./data"))
                .resolve(FILE_NAME)
                .toAbsolutePath()
                .normalize());
    }

    private void store(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // readable by the owner only, from the moment it exists
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the demo password in " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            return stored.isEmpty() ? null : stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo password from " + file, e);
        }
    }
}
