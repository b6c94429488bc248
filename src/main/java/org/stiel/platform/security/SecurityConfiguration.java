package org.stiel.platform.security;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.stiel.platform.StielProperties;

/**
 * One filter chain for pages and API. Modules add their own pieces (login handlers, token filters) as
 * {@code Customizer<HttpSecurity>} beans; rules on data (which partner one may edit) live in the module facades.
 *
 * <p>An anonymous visit creates no session (a session is a row in PostgreSQL): the CSRF token lives in a cookie and
 * the page asked for before login in another ({@link CsrfCookies}, {@link SavedPageRequests}). Logging in creates
 * the session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Powerful browser features Stiel never uses, refused for its pages and anything framed in them.
     * {@code browsing-topics} is what replaced {@code interest-cohort} (FLoC), which browsers now report as unknown.
     */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), display-capture=(), browsing-topics=()";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /**
     * The Permissions-Policy on every response, including the public HSDS API's own filter chain and error pages: a
     * servlet filter rather than each chain's header settings.
     */
    @Bean
    FilterRegistrationBean<HeaderWriterFilter> permissionsPolicyFilter() {
        var filter = new HeaderWriterFilter(List.of(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        // set before anything answers, the 400 of a bad request and the 401 of the security chain included
        filter.setShouldWriteHeadersEagerly(true);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<Customizer<HttpSecurity>> contributions,
            StielProperties properties,
            SessionLifetimeProperties lifetime,
            Clock clock,
            MessageSource messages,
            LocaleResolver locales)
            throws Exception {
        var apiProblems = new ApiProblemResponses(messages, locales);
        // contributions first: a module's permitAll matcher must come before the catch-all anyRequest() below, which
        // refuses any matcher added after it
        for (Customizer<HttpSecurity> contribution : contributions) {
            contribution.customize(http);
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/password/**",
                                "/invitations/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error",
                                "/actuator/health/**",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookies.repository(properties)))
                .requestCache(cache -> cache.requestCache(new SavedPageRequests(properties)))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(),
                        new AbsoluteSessionLifetime(clock, lifetime.absoluteTimeout()))))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies(SessionCookieConfiguration.cookieName(properties)))
                // problem JSON for the API; pages get the error page (a single mapping would apply to every request)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiProblems, API)
                        .defaultAccessDeniedHandlerFor(apiProblems, API)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)));
        return http.build();
    }
}
