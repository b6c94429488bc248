package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestAddresses;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

@StielTest
class PasswordResetTests {

    static final String SENT = "Als er een account met dit e-mailadres bestaat";
    static final String NEW_PASSWORD = "another long walk by the sea";

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

    TestNetworks fixtures;
    TestMails mails;
    StielUser person;
    // links are limited per client: each test asks from an address of its own
    String client = TestAddresses.fresh();

    @BeforeEach
    void setUp() {
        fixtures = new TestNetworks(networks, accounts, partners);
        mails = new TestMails(jdbc);
        person = fixtures.member(fixtures.network("reset").id(), NetworkRole.VOLUNTEER, "Rosa Reset");
    }

    @Test
    void resetsOnceWithANewPassword() throws Exception {
        requestLink(person.email());
        String first = TestMails.token(mails.lastMailTo(person.email()).orElseThrow(), "/password/reset/");
        requestLink(person.email());
        String mail = mails.lastMailTo(person.email()).orElseThrow();
        String token = TestMails.token(mail, "/password/reset/");
        assertThat(mail).contains("http://localhost/password/reset/").doesNotContain("Rosa");

        mvc.perform(get("/password/reset/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/password/reset/" + token + "\"")));
        mvc.perform(post("/password/reset/" + token)
                        .with(csrf())
                        .param("password", "passwordpassword")
                        .param("repeat", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("te gemakkelijk te raden")))
                .andExpect(content().string(containsString("id=\"password-error\"")));
        mvc.perform(post("/password/reset/" + token)
                        .with(csrf())
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD + "!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"repeat-error\"")));
        mvc.perform(post("/password/reset/" + token)
                        .with(csrf())
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin("/login").user(person.email()).password(NEW_PASSWORD))
                .andExpect(authenticated());
        // this link is used, and the one mailed earlier no longer works either
        mvc.perform(get("/password/reset/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/password/reset/" + first)).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String unknown = TestNetworks.email("nobody");
        String forUnknown = requestLink(unknown);
        String forKnown = requestLink(person.email());

        assertThat(forUnknown).contains(SENT);
        assertThat(InvitationTests.withoutCsrf(forUnknown)).isEqualTo(InvitationTests.withoutCsrf(forKnown));
        assertThat(mails.lastMailTo(unknown)).isEmpty();
        assertThat(mails.lastMailTo(person.email())).isPresent();
    }

    @Test
    void aLinkExpiresAfterAnHour() throws Exception {
        requestLink(person.email());
        String token = TestMails.token(mails.lastMailTo(person.email()).orElseThrow(), "/password/reset/");
        jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(Tokens.hash(token))
                .update();
        mvc.perform(post("/password/reset/" + token)
                        .with(csrf())
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Deze link werkt niet meer")));
    }

    @Test
    void mailsAFewLinksAnHourAtMost() throws Exception {
        for (int i = 0; i < PasswordResets.MAILS_PER_LIFETIME + 2; i++) {
            assertThat(requestLink(person.email())).contains(SENT);
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(person.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(PasswordResets.MAILS_PER_LIFETIME);
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/password/forgot").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forgot your password")));
    }

    private String requestLink(String email) throws Exception {
        return mvc.perform(post("/password/forgot")
                        .with(csrf())
                        .with(TestAddresses.from(client))
                        .param("email", email))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
