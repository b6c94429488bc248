package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.stiel.platform.StielProperties;

/**
 * The cookies of an installation served over HTTPS ({@code STIEL_BASE_URL=https://…}): {@code __Host-} names, always
 * Secure, Path=/ and no Domain, so that neither a sibling subdomain nor a plain-HTTP response can plant or replace
 * them. Checked on the configuration itself: the tests' application runs on plain HTTP.
 */
class HttpsCookiesTests {

    static final StielProperties HTTPS = new StielProperties(URI.create("https://stiel.example"), null);
    static final StielProperties HTTP = new StielProperties(URI.create("http://localhost:8080"), null);

    @Test
    void theSessionCookieIsAHostCookie() {
        var response = new MockHttpServletResponse();
        // even a request that reached the application over plain HTTP behind the proxy
        new SessionCookieConfiguration()
                .cookieSerializer(HTTPS)
                .writeCookieValue(new CookieValue(new MockHttpServletRequest(), response, "abc"));

        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("__Host-STIEL_SESSION=")
                .contains("; Secure")
                .contains("; HttpOnly")
                .contains("; Path=/")
                .contains("SameSite=Lax")
                .doesNotContainIgnoringCase("Domain");
    }

    @Test
    void onPlainHttpTheSessionCookieHasNoPrefixBecauseBrowsersWouldRefuseIt() {
        var response = new MockHttpServletResponse();
        new SessionCookieConfiguration()
                .cookieSerializer(HTTP)
                .writeCookieValue(new CookieValue(new MockHttpServletRequest(), response, "abc"));

        assertThat(response.getHeader("Set-Cookie"))
                .startsWith("STIEL_SESSION=")
                .doesNotContain("Secure");
        // the name logout deletes is the name the serializer writes
        assertThat(SessionCookieConfiguration.cookieName(HTTP)).isEqualTo("STIEL_SESSION");
        assertThat(SessionCookieConfiguration.cookieName(HTTPS)).isEqualTo("__Host-STIEL_SESSION");
    }

    @Test
    void theCsrfCookieIsAHostCookie() {
        var response = new MockHttpServletResponse();
        CsrfCookies.repository(HTTPS)
                .saveToken(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t"), new MockHttpServletRequest(), response);

        var cookie = response.getCookie("__Host-STIEL_CSRF");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
    }

    @Test
    void theSavedPageCookieIsSecure() {
        var request = new MockHttpServletRequest("GET", "/partners");
        var response = new MockHttpServletResponse();
        new SavedPageRequests(HTTPS).saveRequest(request, response);

        var cookie = response.getCookie("REDIRECT_URI");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
    }
}
