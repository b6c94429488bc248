package org.stiel.planning.web;

import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A network's public plan page, {@code /plan/{networkSlug}}, is open to everyone: families and local policy see the
 * published goals without an account. The member pages under {@code /plan/} keep their login.
 */
@Configuration(proxyBeanMethods = false)
class PlanSecurity {

    /** The member pages one level under /plan; a network's slug never takes one of these names. */
    static final Set<String> MEMBER_PAGES = Set.of("board", "mine", "overdue", "quick-wins", "challenges", "goals");

    private static final Pattern ONE_SEGMENT = Pattern.compile("^/plan/([a-z0-9-]+)/?$");

    static final RequestMatcher PUBLIC_PLAN = request -> {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return false;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var matcher = ONE_SEGMENT.matcher(path);
        return matcher.matches() && !MEMBER_PAGES.contains(matcher.group(1));
    };

    @Bean
    Customizer<HttpSecurity> publicPlanIsPublic() {
        return http -> {
            try {
                http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(PUBLIC_PLAN).permitAll());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
