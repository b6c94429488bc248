package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a repeat of a form is sent: the first submission's redirect, kept as a path when it stays on this host. */
class FormOnceInterceptorTests {

    @Test
    void aRedirectToThisHostIsKeptAsItsPathAndQuery() {
        var request = new MockHttpServletRequest("POST", "/offers");
        request.setServerName("stiel.example");

        assertThat(FormOnceInterceptor.pathOf("https://stiel.example/offers/42?saved", request))
                .isEqualTo("/offers/42?saved");
        assertThat(FormOnceInterceptor.pathOf("http://STIEL.example", request)).isEqualTo("/");
        assertThat(FormOnceInterceptor.pathOf("/referrals/7", request)).isEqualTo("/referrals/7");
    }

    @Test
    void aRedirectElsewhereIsKeptWhole() {
        var request = new MockHttpServletRequest("POST", "/offers");
        request.setServerName("stiel.example");

        assertThat(FormOnceInterceptor.pathOf("https://login.example/authorize?x=1", request))
                .isEqualTo("https://login.example/authorize?x=1");
    }
}
