package org.stiel.accounts;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** What the accounts module adds to the platform's security: password hashing, throttled login, API tokens. */
@Configuration(proxyBeanMethods = false)
class SecurityContributions {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id with OWASP's second option (19 MiB, 2 iterations, 1 lane); hashes made with the former 16 MiB still
        // verify and are re-hashed at the next login (StielUserDetailsService.updatePassword)
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
    }

    /**
     * The counters of the login and reset throttles, in PostgreSQL so that every instance counts the same attempts;
     * their time is the application's {@link Clock}, so that tests can move it.
     */
    @Bean
    ProxyManager<String> rateLimitBuckets(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .clientClock(timeMeter(clock))
                .build();
    }

    @Bean
    LoginThrottle loginThrottle(JdbcClient jdbc, ProxyManager<String> rateLimitBuckets, Clock clock) {
        return new LoginThrottle(jdbc, rateLimitBuckets, clock, LoginThrottle.Limits.DEFAULT);
    }

    @Bean
    ResetRequestThrottle resetRequestThrottle(ProxyManager<String> rateLimitBuckets) {
        return new ResetRequestThrottle(rateLimitBuckets);
    }

    static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Bean
    AuthenticationManager authenticationManager(
            StielUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setUserDetailsPasswordService(users);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    @Bean
    Customizer<HttpSecurity> accountsSecurity(
            PersonalAccessTokens tokens, AuthenticationManager authenticationManager) {
        // no cookie, no CSRF: only API requests that carry a token are exempt
        RequestMatcher bearer = PersonalAccessTokenFilter::isApiBearerRequest;
        return http -> {
            try {
                // without this, form login builds its own, unthrottled manager from the UserDetailsService bean
                http.authenticationManager(authenticationManager)
                        .formLogin(form -> form.failureHandler(new LoginFailureHandler()))
                        .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                        .addFilterBefore(new PersonalAccessTokenFilter(tokens), BasicAuthenticationFilter.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
