package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

@StielTest
class AccountPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    StielUser person;

    @BeforeEach
    void setUp() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        person = fixtures.member(fixtures.network("account").id(), NetworkRole.STEERING_GROUP, "Anna Account");
    }

    @Test
    void showsNameEmailAndMemberships() throws Exception {
        mvc.perform(get("/account").with(user(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna Account")))
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content()
                        .string(containsString(person.current().orElseThrow().networkName() + ": Stuurgroeplid")));
    }

    @Test
    void aTokenWorksUntilItIsRevoked() throws Exception {
        String page = mvc.perform(
                        post("/account/tokens").with(user(person)).with(csrf()).param("name", "my script"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("value=\"(stiel_[A-Za-z0-9_-]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1);

        mvc.perform(get("/account").with(user(person)))
                .andExpect(content().string(containsString("my script")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/networks/current").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").exists());
        // tokens are for the API only: on a page the header authenticates nothing
        mvc.perform(get("/account").header("Authorization", "Bearer " + secret).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .param("name", "stiekem"))
                .andExpect(status().isForbidden());

        var token = tokens.list(person).getFirst();
        mvc.perform(post("/account/tokens/" + token.id() + "/revoke")
                        .with(user(person))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/networks/current").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anAdminsTokenCarriesTheRoleInItsNetworkOnly() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("token-admin").id();
        var adminId = accounts.register(TestNetworks.email("token-admin"), "Beheerder", TestNetworks.PASSWORD, true);
        accounts.join(Actor.system(network, "Test"), adminId, NetworkRole.VOLUNTEER, java.util.Optional.empty());
        String secret = tokens.create(accounts.reload(adminId, network), "script");

        mvc.perform(get("/api/v1/networks").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].role").value("VOLUNTEER"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + secret))
                .andExpect(status().is(org.hamcrest.Matchers.not(200)));
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeTheLogin() {
        String client = "192.0.2.53";
        for (int i = 0; i < LoginThrottle.Limits.DEFAULT.freeAttempts(); i++) {
            assertThat(accounts.changePassword(
                            person.id(), "niet mijn wachtwoord", "een nieuw lang wachtwoord hier", client))
                    .get()
                    .extracting(Accounts.FieldProblem::messageKey)
                    .isEqualTo("account.password.current.wrong");
        }
        // the same count as the login's: a guess at the login page after these waits too
        LoginThrottleTests.deepInBackOff(jdbc, person.email());
        assertThat(accounts.changePassword(
                        person.id(), TestNetworks.PASSWORD, "een nieuw lang wachtwoord hier", client))
                .get()
                .extracting(Accounts.FieldProblem::messageKey)
                .isEqualTo("login.throttled");
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        mvc.perform(post("/account/tokens").with(user(person)).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(tokens.list(person)).isEmpty();
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password")
                        .with(user(person))
                        .with(csrf())
                        .param("currentPassword", "not my password at all")
                        .param("newPassword", "a brand new secret sentence"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is niet je huidige wachtwoord.")))
                .andExpect(content().string(containsString("aria-describedby=\"currentPassword-error\"")));
        mvc.perform(post("/account/password")
                        .with(user(person))
                        .with(csrf())
                        .param("currentPassword", TestNetworks.PASSWORD)
                        .param("newPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")));
        mvc.perform(post("/account/password")
                        .with(user(person))
                        .with(csrf())
                        .param("currentPassword", TestNetworks.PASSWORD)
                        .param("newPassword", "a brand new secret sentence"))
                .andExpect(redirectedUrl("/account"));
    }
}
