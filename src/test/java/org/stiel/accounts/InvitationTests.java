package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.RuleViolation;

@StielTest
class InvitationTests {

    static final String INVALID = "Deze uitnodiging werkt niet meer";

    @Autowired
    MockMvc mvc;

    @Autowired
    Invitations invitations;

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
    NetworkId network;
    StielUser coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new TestNetworks(networks, accounts, partners);
        mails = new TestMails(jdbc);
        network = fixtures.network("invitations").id();
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Griet Coordinator");
    }

    @Test
    void newPersonAcceptsOnceWithANameAndAPassword() throws Exception {
        String email = TestNetworks.email("invitee");
        invitations.invite(coordinator, email, NetworkRole.VOLUNTEER, Optional.empty());

        String mail = mails.lastMailTo(email).orElseThrow();
        assertThat(mail).contains("http://localhost/invitations/").contains("Vrijwilliger");
        assertThat(mail).doesNotContain("Griet").doesNotContain(coordinator.email());
        String token = TestMails.token(mail, "/invitations/");

        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("action=\"/invitations/" + token + "\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                networks.get(network).name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"displayName\"")));

        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("displayName", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Geef je naam.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("minstens 12 tekens")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "aria-describedby=\"password-help password-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));

        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("displayName", "Nieuwe Vrijwilliger")
                        .param("password", TestNetworks.PASSWORD))
                .andExpect(redirectedUrl("/login?invited"));

        var id = accounts.findByEmail(email).orElseThrow();
        assertThat(accounts.reload(id, network).role()).contains(NetworkRole.VOLUNTEER);

        // used once: the link now gives the same answer as an unknown one
        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(INVALID)));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("displayName", "Someone Else")
                        .param("password", TestNetworks.PASSWORD))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExistingAccountOnlyAccepts() throws Exception {
        var other = fixtures.network("invitations").id();
        var person = fixtures.member(other, NetworkRole.VOLUNTEER, "Existing Person");
        invitations.invite(coordinator, person.email(), NetworkRole.STEERING_GROUP, Optional.empty());
        String token = TestMails.token(mails.lastMailTo(person.email()).orElseThrow(), "/invitations/");

        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"displayName\""))));
        mvc.perform(post("/invitations/" + token).with(csrf())).andExpect(redirectedUrl("/login?invited"));

        assertThat(accounts.reload(person.id(), network).role()).contains(NetworkRole.STEERING_GROUP);
        assertThat(accounts.reload(person.id(), other).role()).contains(NetworkRole.VOLUNTEER);
    }

    @Test
    void expiredAndUnknownLinksGetTheSameAnswer() throws Exception {
        String email = TestNetworks.email("late");
        invitations.invite(coordinator, email, NetworkRole.VOLUNTEER, Optional.empty());
        String token = TestMails.token(mails.lastMailTo(email).orElseThrow(), "/invitations/");
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where email = ?")
                .param(email)
                .update();

        String expired = mvc.perform(get("/invitations/" + token))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.perform(get("/invitations/" + Tokens.random()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(expired).contains(INVALID);
        assertThat(withoutCsrf(expired)).isEqualTo(withoutCsrf(unknown));
        assertThat(invitations.accept(token, "Late Person", TestNetworks.PASSWORD))
                .isFalse();
    }

    @Test
    void onlyCoordinatorsInviteAndPartnerStaffNeedAPartner() {
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Vera Volunteer");
        assertThatThrownBy(() ->
                        invitations.invite(volunteer, TestNetworks.email("x"), NetworkRole.VOLUNTEER, Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.invite(
                        coordinator, TestNetworks.email("x"), NetworkRole.PARTNER_STAFF, Optional.empty()))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> invitations.invite(
                        coordinator, TestNetworks.email("x"), NetworkRole.VOLUNTEER, Optional.of(UUID.randomUUID())))
                .isInstanceOf(RuleViolation.class);

        String staff = TestNetworks.email("staff");
        invitations.invite(coordinator, staff, NetworkRole.PARTNER_STAFF, Optional.of(UUID.randomUUID()));
        assertThat(invitations.pending(network)).anyMatch(p -> p.email().equals(staff));
    }

    @Test
    void aNamedCoordinatorIsInvited() {
        String email = TestNetworks.email("named");
        var form = new NetworkForm();
        String slug = TestNetworks.slug("named");
        form.setName("Huis " + slug);
        form.setSlug(slug);
        form.setCoordinatorEmail(email);
        form.getMunicipalities().add(NetworkForm.MunicipalityForm.listed("44088"));
        var created = networks.create(form);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> mails.lastMailTo(email).isPresent());
        assertThat(invitations.pending(created))
                .singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(NetworkRole.COORDINATOR));
    }

    static String withoutCsrf(String html) {
        return html.replaceAll("content=\"[^\"]*\"", "");
    }
}
