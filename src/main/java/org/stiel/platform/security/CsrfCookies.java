package org.stiel.platform.security;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.stiel.platform.StielProperties;

/**
 * CSRF tokens in a cookie instead of the session, so that rendering the login form (or any form for someone not
 * logged in) writes no session row. The cookie is HttpOnly: pages hand the token to htmx in a meta tag, no script
 * reads the cookie. With an HTTPS base URL it is {@code __Host-STIEL_CSRF} and Secure (see
 * {@link SessionCookieConfiguration} for why not on plain HTTP). The header keeps the name the API documents.
 */
final class CsrfCookies {

    static final String COOKIE = "STIEL_CSRF";
    static final String HEADER = "X-CSRF-TOKEN";

    private CsrfCookies() {}

    static String cookieName(StielProperties properties) {
        return properties.servedOverHttps() ? "__Host-" + COOKIE : COOKIE;
    }

    static CsrfTokenRepository repository(StielProperties properties) {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieName(cookieName(properties));
        repository.setHeaderName(HEADER);
        repository.setCookiePath("/");
        boolean https = properties.servedOverHttps();
        repository.setCookieCustomizer(cookie -> {
            cookie.httpOnly(true).sameSite("Lax");
            if (https) {
                cookie.secure(true);
            }
        });
        return repository;
    }
}
