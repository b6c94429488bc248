package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language choice in the {@code STIEL_LANG} cookie: HttpOnly (no script reads it), SameSite=Lax, and Secure on
 * every HTTPS request or always when the installation is served over HTTPS. Spring's resolver fixes Secure once for
 * all requests; this one decides per request, as the session cookie does.
 */
final class LanguageCookieResolver extends CookieLocaleResolver {

    static final String COOKIE = "STIEL_LANG";

    LanguageCookieResolver(Locale defaultLocale, boolean httpsInstallation) {
        super(COOKIE);
        setDefaultLocale(defaultLocale);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setCookieHttpOnly(true);
        setCookiePath("/");
        setCookieSecure(httpsInstallation);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext locale) {
        super.setLocaleContext(request, request.isSecure() ? new SecureCookies(response) : response, locale);
    }

    /** Adds the Secure attribute to the cookie the resolver writes. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            boolean insecureCookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    && !value.toLowerCase(Locale.ROOT).contains("; secure");
            super.addHeader(name, insecureCookie ? value + "; Secure" : value);
        }
    }
}
