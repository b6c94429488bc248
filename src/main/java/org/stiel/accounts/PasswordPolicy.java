package org.stiel.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: long enough, no composition rules, and not one of the passwords attackers try first.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("accounts.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (email != null && lower.contains(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of("accounts.password.common");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("accounts.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("accounts/common-passwords.txt");
        Set<String> passwords = new HashSet<>();
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#")).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
