package org.stiel.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.stiel.platform.StielProperties;

/**
 * The page someone asked for before logging in, kept in a short-lived HttpOnly cookie rather than the session, so
 * that an anonymous visit writes no session row. Only GETs of pages are kept (not the API, not htmx fragments), and
 * the way back after login goes to that path on the configured base URL: never to a host the request named.
 */
final class SavedPageRequests implements RequestCache {

    private final CookieRequestCache cookies = new CookieRequestCache();
    private final StielProperties properties;

    SavedPageRequests(StielProperties properties) {
        this.properties = properties;
        cookies.setRequestMatcher(SavedPageRequests::isPageVisit);
        if (properties.servedOverHttps()) {
            cookies.setCookieCustomizer(cookie -> cookie.setSecure(true));
        }
    }

    static boolean isPageVisit(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !SecurityConfiguration.API.matches(request)
                && !request.getRequestURI().endsWith("/favicon.ico");
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        cookies.saveRequest(request, response);
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = cookies.getRequest(request, response);
        if (saved == null) {
            return null;
        }
        URI asked = URI.create(saved.getRedirectUrl());
        String path = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        return new AtBaseUrl(saved, properties.link(path));
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return cookies.getMatchingRequest(request, response);
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        cookies.removeRequest(request, response);
    }

    /** The saved request with its way back on the base URL. */
    private record AtBaseUrl(SavedRequest saved, String redirectUrl) implements SavedRequest {

        @Override
        public String getRedirectUrl() {
            return redirectUrl;
        }

        @Override
        public List<Cookie> getCookies() {
            return saved.getCookies();
        }

        @Override
        public String getMethod() {
            return saved.getMethod();
        }

        @Override
        public List<String> getHeaderValues(String name) {
            return saved.getHeaderValues(name);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return saved.getHeaderNames();
        }

        @Override
        public List<Locale> getLocales() {
            return saved.getLocales();
        }

        @Override
        public String[] getParameterValues(String name) {
            return saved.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return saved.getParameterMap();
        }
    }
}
