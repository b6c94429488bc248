package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stiel.StielTest;
import org.stiel.platform.StielProperties;

/**
 * An anonymous visit writes no session row (a session is a row in PostgreSQL: one per visitor would make every page
 * view a write, and fill the table for anyone who asks); logging in creates one and returns to the page asked for,
 * on the configured base URL whatever host the request names.
 */
@StielTest
class AnonymousSessionTests {

    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StielProperties properties;

    /**
     * spring-security-test's {@code csrf()}, used by other tests of the shared context, replaces the CSRF filter's
     * repository with one that keeps tokens in the session; these tests put the application's own back.
     */
    static RequestPostProcessor applicationCsrf(StielProperties properties) {
        return request -> {
            WebTestUtils.setCsrfTokenRepository(request, CsrfCookies.repository(properties));
            return request;
        };
    }

    RequestPostProcessor applicationCsrf() {
        return applicationCsrf(properties);
    }

    @Test
    void fiftyAnonymousPageViewsWriteNoSessionRow() throws Exception {
        long before = sessions();
        var urls = List.of("/login", "/", "/aanbod", "/partners", "/governance/decisions?q=raad");
        for (int i = 0; i < 50; i++) {
            String url = urls.get(i % urls.size());
            var response = mvc.perform(get(url).accept(MediaType.TEXT_HTML).with(applicationCsrf()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(url).isIn(200, 302);
            assertThat(response.getHeaders("Set-Cookie"))
                    .as(url)
                    .noneMatch(cookie -> cookie.startsWith(SessionCookieConfiguration.COOKIE));
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void loginCreatesTheSessionAndReturnsToThePageAskedForOnTheBaseUrl() throws Exception {
        var asked = mvc.perform(
                        get("/partners?q=opvoeding").accept(MediaType.TEXT_HTML).with(applicationCsrf()))
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse();
        Cookie saved = asked.getCookie("REDIRECT_URI");
        assertThat(saved).isNotNull();
        assertThat(saved.isHttpOnly()).isTrue();

        var form = mvc.perform(get("/login").cookie(saved).with(applicationCsrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Cookie csrf = form.getCookie(CsrfCookies.COOKIE);
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).isTrue();
        var token = CSRF_FIELD.matcher(form.getContentAsString());
        assertThat(token.find()).isTrue();

        long before = sessions();
        // a forged host, from an address that is no proxy of ours: the way back still goes to STIEL_BASE_URL
        var login = mvc.perform(post("/login")
                        .cookie(saved, csrf)
                        .param("username", "coordinator@stiel.example")
                        .param("password", StielTest.DEMO_PASSWORD)
                        .param("_csrf", token.group(1))
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.9");
                            request.setServerName("evil.example");
                            return request;
                        })
                        .with(applicationCsrf()))
                .andExpect(redirectedUrl("http://localhost/partners?q=opvoeding"))
                .andReturn()
                .getResponse();
        assertThat(login.getHeader("Location")).doesNotContain("evil.example");
        Cookie session = login.getCookie(SessionCookieConfiguration.COOKIE);
        assertThat(session).isNotNull();
        assertThat(sessions()).isEqualTo(before + 1);

        mvc.perform(get("/partners?q=opvoeding").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aLoginWithoutASavedPageGoesToTheStartWhateverTheForwardedHost() throws Exception {
        var form =
                mvc.perform(get("/login").with(applicationCsrf())).andReturn().getResponse();
        var token = CSRF_FIELD.matcher(form.getContentAsString());
        assertThat(token.find()).isTrue();
        var login = mvc.perform(post("/login")
                        .cookie(form.getCookie(CsrfCookies.COOKIE))
                        .param("username", "coordinator@stiel.example")
                        .param("password", StielTest.DEMO_PASSWORD)
                        .param("_csrf", token.group(1))
                        .header("X-Forwarded-Host", "evil.example")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.9");
                            return request;
                        })
                        .with(applicationCsrf()))
                .andReturn()
                .getResponse();
        assertThat(login.getStatus()).isEqualTo(302);
        assertThat(login.getHeader("Location")).isEqualTo("/").doesNotContain("evil.example");
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
