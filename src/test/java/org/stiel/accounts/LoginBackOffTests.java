package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.MovableClock;
import org.stiel.StielTest;
import org.stiel.TestAddresses;
import org.stiel.TestNetworks;

/**
 * The login throttle's counts on the real database, with a clock the test moves: the back-off per account and client
 * grows and resets, and one client's failures across accounts are limited. No test waits.
 */
@StielTest
class LoginBackOffTests {

    /** The back-off as in production; the client limit out of the way. */
    static final LoginThrottle.Limits BACK_OFF =
            new LoginThrottle.Limits(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 1000, Duration.ofMinutes(15));

    /** A client may fail three times, not thirty, and gets one back every 20 seconds. */
    static final LoginThrottle.Limits CLIENT =
            new LoginThrottle.Limits(2, Duration.ofSeconds(1), Duration.ofMinutes(15), 3, Duration.ofMinutes(1));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    MovableClock clock;
    LoginThrottle throttle;
    LoginThrottle clientThrottle;
    String email;
    String attacker;
    String owner;

    @BeforeEach
    void throttle() {
        clock = new MovableClock(Instant.parse("2031-03-04T09:00:00Z"));
        var buckets = new SecurityContributions().rateLimitBuckets(dataSource, clock);
        throttle = new LoginThrottle(jdbc, buckets, clock, BACK_OFF);
        clientThrottle = new LoginThrottle(jdbc, buckets, clock, CLIENT);
        email = TestNetworks.email("backoff");
        attacker = TestAddresses.fresh();
        owner = TestAddresses.fresh();
    }

    @Test
    void afterFiveFailuresEachAttemptWaitsTwiceAsLongAndASuccessStartsAgain() {
        failFreeAttempts(email, attacker);
        assertThat(throttle.tryAttempt(email, attacker)).as("sixth at once").isFalse();

        for (long wait : new long[] {1, 2, 4, 8}) {
            clock.advance(Duration.ofSeconds(wait).minusMillis(1));
            assertThat(throttle.tryAttempt(email, attacker))
                    .as("just before %d s", wait)
                    .isFalse();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.tryAttempt(email, attacker))
                    .as("after %d s", wait)
                    .isTrue();
        }

        throttle.succeeded(email, attacker);
        failFreeAttempts(email, attacker);
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        failFreeAttempts(email, attacker);
        long waited = 0;
        // 1 + 2 + … + 512 s, then 15 minutes each time
        for (int i = 0; i < 14; i++) {
            Duration wait = Duration.ofSeconds(Math.min(1L << i, 900));
            clock.advance(wait);
            waited += wait.toSeconds();
            assertThat(throttle.tryAttempt(email, attacker)).isTrue();
        }
        assertThat(waited).isEqualTo(1023 + 4 * 900);
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(throttle.tryAttempt(email, attacker)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.tryAttempt(email, attacker)).isTrue();
    }

    @Test
    void anAttackersFailuresDoNotSlowTheOwnerOnTheirOwnAddress() {
        failFreeAttempts(email, attacker);
        assertThat(throttle.tryAttempt(email, attacker)).isFalse();

        assertThat(throttle.tryAttempt(email, owner)).isTrue();
        throttle.succeeded(email, owner);
        assertThat(throttle.tryAttempt(email, attacker))
                .as("the owner's login gives the attacker nothing")
                .isFalse();
    }

    @Test
    void aResetClearsTheAccountOnEveryClient() {
        failFreeAttempts(email, attacker);
        failFreeAttempts(email, owner);

        throttle.clearAccount(email.toUpperCase());

        assertThat(throttle.tryAttempt(email, owner)).isTrue();
        assertThat(throttle.tryAttempt(email, attacker)).isTrue();
    }

    @Test
    void countsNobodyAddedToForADayStartAgainAndArePurged() {
        failFreeAttempts(email, attacker);
        clock.advance(LoginThrottle.FORGET_AFTER.plusMillis(1));

        assertThat(throttle.purge()).isPositive();
        failFreeAttempts(email, attacker);
        assertThat(throttle.tryAttempt(email, attacker)).isFalse();
    }

    @Test
    void oneClientFailingAtManyAccountsIsHeldBackOnAllOfThem() {
        String stuffer = TestAddresses.fresh();
        for (int i = 0; i < CLIENT.clientFailures(); i++) {
            assertThat(clientThrottle.tryAttempt(TestNetworks.email("stuffed"), stuffer))
                    .isTrue();
        }
        assertThat(clientThrottle.tryAttempt(TestNetworks.email("stuffed"), stuffer))
                .isFalse();
        assertThat(clientThrottle.tryAttempt(email, stuffer))
                .as("a fresh account from that client")
                .isFalse();

        assertThat(clientThrottle.tryAttempt(email, owner)).as("another client").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(clientThrottle.tryAttempt(email, stuffer))
                .as("one failure refilled")
                .isTrue();
        assertThat(clientThrottle.tryAttempt(TestNetworks.email("stuffed"), stuffer))
                .isFalse();
    }

    @Test
    void rightPasswordsDoNotCountAgainstTheirClient() {
        String office = TestAddresses.fresh();
        IntStream.range(0, CLIENT.clientFailures() * 3).forEach(i -> {
            String colleague = TestNetworks.email("colleague");
            assertThat(clientThrottle.tryAttempt(colleague, office)).isTrue();
            clientThrottle.succeeded(colleague, office);
        });
        assertThat(clientThrottle.tryAttempt(email, office)).isTrue();
    }

    @Test
    void attemptsRefusedForOneAccountDoNotUseUpTheClientsFailures() {
        String client = TestAddresses.fresh();
        assertThat(clientThrottle.tryAttempt(email, client)).isTrue();
        assertThat(clientThrottle.tryAttempt(email, client)).isTrue();
        for (int i = 0; i < CLIENT.clientFailures() * 2; i++) {
            assertThat(clientThrottle.tryAttempt(email, client)).isFalse();
        }
        // two of three failures used: one left for another account, then none
        assertThat(clientThrottle.tryAttempt(TestNetworks.email("other"), client))
                .isTrue();
        assertThat(clientThrottle.tryAttempt(TestNetworks.email("other"), client))
                .isFalse();
    }

    private void failFreeAttempts(String account, String client) {
        for (int i = 0; i < BACK_OFF.freeAttempts(); i++) {
            assertThat(throttle.tryAttempt(account, client))
                    .as("free attempt %d", i + 1)
                    .isTrue();
        }
    }
}
