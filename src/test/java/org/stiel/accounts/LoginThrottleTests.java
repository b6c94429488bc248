package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestAddresses;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * Login throttling an attacker cannot turn into a lock-out: counted per account and client, the answer the same for
 * every address, and a reset link that always works.
 */
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

    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongPasswordsFromOneAddressThrottleThatAddressOnly() throws Exception {
        var person = member("Theo Throttle");
        String attacker = TestAddresses.fresh();
        for (int i = 0; i < LoginThrottle.Limits.DEFAULT.freeAttempts(); i++) {
            mvc.perform(login(person.email(), "wrong password " + i, attacker))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        deepInBackOff(jdbc, person.email());
        mvc.perform(login(person.email(), TestNetworks.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());

        mvc.perform(login(person.email(), TestNetworks.PASSWORD, TestAddresses.fresh()))
                .andExpect(authenticated().withUsername(person.email()));
    }

    @Test
    void theThrottledAnswerSaysToWaitOrChooseANewPasswordAndNothingAboutTheAccount() throws Exception {
        var person = member("Tessa Throttle");
        String unknown = TestNetworks.email("nobody");
        String client = TestAddresses.fresh();
        for (String email : new String[] {person.email(), unknown}) {
            for (int i = 0; i < LoginThrottle.Limits.DEFAULT.freeAttempts(); i++) {
                mvc.perform(login(email, "wrong password " + i, client)).andExpect(redirectedUrl("/login?error"));
            }
            deepInBackOff(jdbc, email);
            mvc.perform(login(email, TestNetworks.PASSWORD, client)).andExpect(redirectedUrl("/login?throttled"));
        }

        mvc.perform(get("/login?throttled"))
                .andExpect(status().isTooManyRequests())
                .andExpect(
                        content().string(containsString("Wacht even en probeer opnieuw, of kies een nieuw wachtwoord")))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")));
        mvc.perform(get("/login?throttled").param("lang", "en"))
                .andExpect(content().string(containsString("Wait a moment and try again, or choose a new password")));
    }

    @Test
    void aResetLinkWorksWhileTheAccountIsUnderAttack() throws Exception {
        var person = member("Rik Reset");
        String attacker = TestAddresses.fresh();
        String owner = TestAddresses.fresh();
        for (String client : new String[] {attacker, owner}) {
            for (int i = 0; i < LoginThrottle.Limits.DEFAULT.freeAttempts(); i++) {
                mvc.perform(login(person.email(), "guess " + i, client)).andExpect(redirectedUrl("/login?error"));
            }
        }
        deepInBackOff(jdbc, person.email());
        mvc.perform(login(person.email(), TestNetworks.PASSWORD, owner)).andExpect(redirectedUrl("/login?throttled"));

        // asking for a link is not held back by the login throttle
        mvc.perform(post("/password/forgot")
                        .param("email", person.email())
                        .with(csrf())
                        .with(TestAddresses.from(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PasswordResetTests.SENT)));
        String token =
                TestMails.token(new TestMails(jdbc).lastMailTo(person.email()).orElseThrow(), "/password/reset/");
        mvc.perform(post("/password/reset/" + token)
                        .param("password", PasswordResetTests.NEW_PASSWORD)
                        .param("repeat", PasswordResetTests.NEW_PASSWORD)
                        .with(csrf())
                        .with(TestAddresses.from(owner)))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(login(person.email(), PasswordResetTests.NEW_PASSWORD, owner))
                .andExpect(authenticated().withUsername(person.email()));
        mvc.perform(login(person.email(), TestNetworks.PASSWORD, attacker)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void askingForLinksIsLimitedPerClientWithTheSameAnswerForEveryAddress() throws Exception {
        var person = member("Lien Link");
        String client = TestAddresses.fresh();
        for (int i = 0; i < ResetRequestThrottle.REQUESTS; i++) {
            mvc.perform(post("/password/forgot")
                            .param("email", TestNetworks.email("nobody"))
                            .with(csrf())
                            .with(TestAddresses.from(client)))
                    .andExpect(status().isOk());
        }
        for (String email : new String[] {person.email(), TestNetworks.email("nobody")}) {
            mvc.perform(post("/password/forgot")
                            .param("email", email)
                            .with(csrf())
                            .with(TestAddresses.from(client)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString("Er zijn van hieruit te veel links gevraagd")));
        }
        assertThat(new TestMails(jdbc).lastMailTo(person.email())).isEmpty();

        mvc.perform(post("/password/forgot")
                        .param("email", person.email())
                        .with(csrf())
                        .with(TestAddresses.from(TestAddresses.fresh())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PasswordResetTests.SENT)));
        assertThat(new TestMails(jdbc).lastMailTo(person.email())).isPresent();
    }

    /**
     * Puts every count of the account far into its back-off (the wait at its 15-minute cap, from now), so that a test
     * sees the throttle without depending on how fast it runs.
     */
    static void deepInBackOff(JdbcClient jdbc, String email) {
        int rows = jdbc.sql("update login_backoff set attempts = 40, last_attempt_at = now() where account_hash = ?")
                .param(Tokens.hash(email.strip().toLowerCase(java.util.Locale.ROOT)))
                .update();
        assertThat(rows).as("counts of %s", email).isPositive();
    }

    private StielUser member(String name) {
        var fixtures = new TestNetworks(networks, accounts, partners);
        return fixtures.member(fixtures.network("throttle").id(), NetworkRole.VOLUNTEER, name);
    }

    private static MockHttpServletRequestBuilder login(String email, String password, String client) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(TestAddresses.from(client));
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
