package org.stiel.accounts;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Allows {@value #ATTEMPTS} wrong passwords per e-mail address, then one more every {@link #REFILL}. Buckets live in
 * PostgreSQL so that every instance counts the same attempts. Keyed by a hash of the address, which is counted
 * whether or not an account exists (no user enumeration) and keeps the address out of the table.
 */
class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration REFILL = Duration.ofMinutes(3);

    private final ProxyManager<String> buckets;
    private final Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(ATTEMPTS).refillGreedy(1, REFILL))
            .build();

    LoginThrottle(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /**
     * Takes one attempt before the password is checked, so that parallel guesses cannot all slip through while the
     * (slow, on purpose) hash is computed; false when none is left.
     */
    boolean tryAttempt(String email) {
        return bucket(email).tryConsume(1);
    }

    /** A right password gives back the attempts. */
    void succeeded(String email) {
        bucket(email).reset();
    }

    private io.github.bucket4j.distributed.BucketProxy bucket(String email) {
        String key = "login:" + Tokens.hash(email.strip().toLowerCase(Locale.ROOT));
        return buckets.builder().build(key, configuration);
    }
}
