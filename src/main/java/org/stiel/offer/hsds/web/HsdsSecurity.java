package org.stiel.offer.hsds.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The HSDS read API is public: families' apps and other directories read it without an account.
 *
 * <p>A filter chain of its own, not a {@code Customizer<HttpSecurity>}: the platform's chain ends its rules with
 * {@code anyRequest().authenticated()} before the customizers run, and Spring Security refuses a matcher after that.
 * This chain takes only GETs under {@code /api/hsds}, holds no session and reads no cookie, so it cannot act for
 * anyone.
 */
@Configuration(proxyBeanMethods = false)
class HsdsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain hsdsPublicApi(HttpSecurity http) throws Exception {
        var get = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        get.matcher(HttpMethod.GET, "/api/hsds"), get.matcher(HttpMethod.GET, "/api/hsds/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
