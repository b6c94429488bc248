package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

@StielTest
class LoginThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Test
    void fiveWrongPasswordsBlockEvenTheRightOne() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var person = fixtures.member(fixtures.network("throttle").id(), NetworkRole.VOLUNTEER, "Theo Throttle");
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            mvc.perform(formLogin("/login").user(person.email()).password("wrong password " + i))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(person.email()).password(TestNetworks.PASSWORD))
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login?throttled")).andExpect(status().isTooManyRequests());
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var person = fixtures.member(fixtures.network("throttle").id(), NetworkRole.VOLUNTEER, "Lotte Login");
        mvc.perform(formLogin("/login").user(person.email()).password(TestNetworks.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aRealSessionCarriesTheMemberToTheirPages() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var person = fixtures.member(fixtures.network("throttle").id(), NetworkRole.COORDINATOR, "Sam Session");
        var login = mvc.perform(formLogin("/login").user(person.email()).password(TestNetworks.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse();
        // sessions live in Spring Session JDBC: the cookie, not MockMvc's session object, identifies them
        // (named SESSION or STIEL_SESSION, depending on the platform's cookie configuration)
        var cookie = java.util.Arrays.stream(login.getCookies())
                .filter(c -> c.getName().endsWith("SESSION"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/members").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Session")));
        mvc.perform(get("/account").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.email())));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var person = fixtures.member(fixtures.network("throttle").id(), NetworkRole.VOLUNTEER, "Carl Csrf");
        mvc.perform(post("/account/tokens").with(user(person)).param("name", "no csrf"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByEmail(person.email())).isPresent();
    }
}
