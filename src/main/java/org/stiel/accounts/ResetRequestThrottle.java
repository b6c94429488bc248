package org.stiel.accounts;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;

/**
 * Limits how often one client asks for password-reset links: {@value #REQUESTS} an hour (given back all at once), counted whether or not the
 * address has an account, so that the answer "too many requests" tells nothing about who uses Stiel. This is the only
 * limit on asking for a link; the login throttle never blocks it, so a person whose account is under attack can
 * always reset their password. (The mails to one account are limited apart, silently: {@link PasswordResets}.)
 */
class ResetRequestThrottle {

    static final int REQUESTS = 20;
    static final Duration REFILL = Duration.ofHours(1);

    private final ProxyManager<String> buckets;
    private final BucketConfiguration limit = BucketConfiguration.builder()
            .addLimit(l -> l.capacity(REQUESTS).refillIntervally(REQUESTS, REFILL))
            .build();

    ResetRequestThrottle(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /** Takes one request of this client's allowance; false when none is left. */
    boolean tryRequest(String client) {
        return buckets.builder()
                .build("reset-client:" + LoginThrottle.clientKey(client), () -> limit)
                .tryConsume(1);
    }
}
