package org.stiel.accounts;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows password guessing down without letting anyone lock the rightful user out. Two counts, both in PostgreSQL so
 * that every instance sees the same ones:
 *
 * <ul>
 *   <li><b>per account and client</b> (the remote address, as Tomcat reports it after the trusted-proxy handling): the
 *       first {@link Limits#freeAttempts} attempts are free, then each next one must wait {@link Limits#firstWait},
 *       twice that, four times … up to {@link Limits#maxWait} after the previous one. A right password starts again
 *       from zero. An attacker's failures from their address do not slow the person down on theirs: that was the
 *       lock-out anyone could cause with one wrong password every few minutes.
 *   <li><b>per client across accounts</b> (credential stuffing: a few guesses at many accounts): a bucket of
 *       {@link Limits#clientFailures} failures, refilled over {@link Limits#clientRefill}. Right passwords give their
 *       attempt back, so an office behind one address is not slowed by its own morning logins.
 * </ul>
 *
 * Keys are SHA-256 hashes of the normalised e-mail address and of the client address, counted whether or not an
 * account exists (no user enumeration). A password reset clears an account's counts ({@link #clearAccount}).
 */
class LoginThrottle {

    /** The limits; tests build a throttle with smaller ones. */
    record Limits(int freeAttempts, Duration firstWait, Duration maxWait, int clientFailures, Duration clientRefill) {

        static final Limits DEFAULT =
                new Limits(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 30, Duration.ofMinutes(15));
    }

    /** A count nobody added to for this long starts again from zero, and the purge removes it. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final ProxyManager<String> buckets;
    private final Clock clock;
    private final Limits limits;
    private final BucketConfiguration clientLimit;

    LoginThrottle(JdbcClient jdbc, ProxyManager<String> buckets, Clock clock, Limits limits) {
        this.jdbc = jdbc;
        this.buckets = buckets;
        this.clock = clock;
        this.limits = limits;
        this.clientLimit = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.clientFailures())
                        .refillGreedy(limits.clientFailures(), limits.clientRefill()))
                .build();
    }

    /**
     * Counts one attempt before the password is checked, so that parallel guesses cannot all slip through while the
     * (slow, on purpose) hash is computed; false when this client must wait, for this account or for all.
     */
    boolean tryAttempt(String email, String client) {
        BucketProxy clientBucket = clientBucket(client);
        if (!clientBucket.tryConsume(1)) {
            return false;
        }
        if (!tryAccountAttempt(accountKey(email), clientKey(client))) {
            // no password was checked: nothing for the client's count either
            clientBucket.addTokens(1);
            return false;
        }
        return true;
    }

    /** A right password: this account starts again from zero on this client, and the client gets its attempt back. */
    void succeeded(String email, String client) {
        jdbc.sql("delete from login_backoff where account_hash = ? and client_hash = ?")
                .params(accountKey(email), clientKey(client))
                .update();
        clientBucket(client).addTokens(1);
    }

    /** A password reset: whoever holds the link may log in at once, from wherever they are. */
    void clearAccount(String email) {
        jdbc.sql("delete from login_backoff where account_hash = ?")
                .param(accountKey(email))
                .update();
    }

    /** Removes counts nobody added to for a day; they would start from zero anyway. */
    int purge() {
        return jdbc.sql("delete from login_backoff where last_attempt_at < ?")
                .param(Timestamp.from(clock.instant().minus(FORGET_AFTER)))
                .update();
    }

    /**
     * One statement, so that two instances (or two threads) cannot both take the last free attempt: the row is
     * inserted, or updated only when its wait is over, and a refused attempt changes nothing. The exponent stops at
     * 30 (far past any cap) because a double power of 2 overflows, as an error, past 1023.
     */
    private boolean tryAccountAttempt(String account, String client) {
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into login_backoff as b (account_hash, client_hash, attempts, last_attempt_at)
                values (:account, :client, 1, :now)
                on conflict (account_hash, client_hash) do update
                   set attempts = case when b.last_attempt_at < :forget then 1 else b.attempts + 1 end,
                       last_attempt_at = excluded.last_attempt_at
                 where b.attempts < :free
                    or b.last_attempt_at < :forget
                    or b.last_attempt_at
                       + make_interval(secs => least(:first * power(2, least(b.attempts - :free, 30)), :max)) <= :now
                """)
                        .param("account", account)
                        .param("client", client)
                        .param("now", Timestamp.from(now))
                        .param("forget", Timestamp.from(now.minus(FORGET_AFTER)))
                        .param("free", limits.freeAttempts())
                        .param("first", seconds(limits.firstWait()))
                        .param("max", seconds(limits.maxWait()))
                        .update()
                == 1;
    }

    private BucketProxy clientBucket(String client) {
        return buckets.builder().build("login-client:" + clientKey(client), () -> clientLimit);
    }

    private static String accountKey(String email) {
        return Tokens.hash(email.strip().toLowerCase(Locale.ROOT));
    }

    static String clientKey(String client) {
        return Tokens.hash(client == null ? "" : client);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
