package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** On an installation served over HTTPS the language cookie is Secure even when the proxy spoke HTTP to Stiel. */
class LanguageCookieResolverTests {

    @Test
    void anHttpsInstallationAlwaysSetsSecure() {
        var response = new MockHttpServletResponse();
        new LanguageCookieResolver(WebConfiguration.DUTCH, true)
                .setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);

        assertThat(response.getHeader("Set-Cookie"))
                .startsWith("STIEL_LANG=en")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
    }
}
