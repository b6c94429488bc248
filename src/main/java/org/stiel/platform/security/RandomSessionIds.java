package org.stiel.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.session.SessionIdGenerator;

/**
 * Session ids of 216 random bits. Spring Session's default is a random UUID, 122 random bits, below the 128 that ASVS
 * 5.0 (V7.2.3) asks of a reference token. 27 bytes from a CSPRNG in base64url are exactly 36 characters, the width of
 * {@code spring_session.session_id} ({@code char(36)}): no padding, no migration.
 */
final class RandomSessionIds implements SessionIdGenerator {

    static final int BYTES = 27;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
