package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;

/** The cookies Stiel sets and the headers on every response, on the tests' plain-HTTP installation. */
@StielTest
class CookiesAndHeadersTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/login",
                "/aanbod",
                "/aanbod?q=%00",
                "/api/hsds/services",
                "/api/v1/partners",
                "/css/stiel.css",
                "/nope"
            })
    void everyResponseCarriesThePermissionsPolicy(String url) throws Exception {
        var response = mvc.perform(get(java.net.URI.create(url))).andReturn().getResponse();
        assertThat(response.getHeader("Permissions-Policy"))
                .as(url + " answered " + response.getStatus())
                .contains("camera=()")
                .contains("microphone=()")
                .contains("geolocation=()")
                .contains("payment=()")
                .contains("usb=()")
                .contains("browsing-topics=()");
    }

    @Test
    void theLanguageCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        String overHttps = languageCookie(mvc.perform(get("/aanbod?lang=en").secure(true))
                .andReturn()
                .getResponse()
                .getHeaders("Set-Cookie"));
        assertThat(overHttps).startsWith("STIEL_LANG=en").contains("Secure").contains("HttpOnly");
        assertThat(overHttps).containsIgnoringCase("SameSite=Lax").contains("Path=/");

        String overHttp = languageCookie(
                mvc.perform(get("/aanbod?lang=en")).andReturn().getResponse().getHeaders("Set-Cookie"));
        // a plain-HTTP installation (a laptop) must keep the choice: browsers drop Secure cookies over HTTP
        assertThat(overHttp)
                .startsWith("STIEL_LANG=en")
                .doesNotContain("Secure")
                .contains("HttpOnly");
    }

    @Test
    void logoutDeletesTheSessionCookie() throws Exception {
        var user = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        var logout =
                mvc.perform(post("/logout").with(user).with(csrf())).andReturn().getResponse();
        var cookie = logout.getCookie(SessionCookieConfiguration.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isZero();
        mvc.perform(get("/partners").accept(MediaType.TEXT_HTML).with(user))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    private static String languageCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("STIEL_LANG="))
                .findFirst()
                .orElseThrow();
    }
}
