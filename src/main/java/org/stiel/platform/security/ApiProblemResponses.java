package org.stiel.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;
import org.stiel.platform.web.ProblemJson;

/**
 * 401 and 403 of the API as RFC 9457 problem JSON in the reader's language; these happen in the filter chain, before
 * any controller advice can answer.
 *
 * <p>A write without a CSRF token lands here too. The CSRF check runs before authorization, so without this an
 * anonymous write would be told 403 "forbidden" where the API promises 401: a refused token of someone not logged
 * in is answered as a missing login. A logged-in session without the token keeps its 403.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiProblemResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, 401, "unauthorized", "error.401");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (e instanceof CsrfException && (authentication == null || TRUST.isAnonymous(authentication))) {
            commence(request, response, new InsufficientAuthenticationException("Not logged in", e));
            return;
        }
        write(request, response, 403, "forbidden", "error.403");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String key)
            throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemJson.write(
                response,
                status,
                type,
                messages.getMessage(key + ".title", null, locale),
                messages.getMessage(key + ".detail", null, locale));
    }
}
