package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

@StielTest
class MembersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Invitations invitations;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    TestNetworks fixtures;
    TestMails mails;
    NetworkId network;
    StielUser coordinator;
    StielUser volunteer;

    @BeforeEach
    void setUp() {
        fixtures = new TestNetworks(networks, accounts, partners);
        mails = new TestMails(jdbc);
        network = fixtures.network("members").id();
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Cora Coordinator");
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Victor Volunteer");
    }

    @Test
    void aCoordinatorSeesAddressesAndTheInviteForm() throws Exception {
        mvc.perform(get("/members").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Victor Volunteer")))
                .andExpect(content().string(containsString(volunteer.email())))
                .andExpect(content().string(containsString("action=\"/members/invitations\"")));
    }

    @Test
    void aVolunteerSeesNamesOnlyAndCannotInvite() throws Exception {
        mvc.perform(get("/members").with(user(volunteer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cora Coordinator")))
                .andExpect(content().string(not(containsString(coordinator.email()))))
                .andExpect(content().string(not(containsString("action=\"/members/invitations\""))));
        String email = TestNetworks.email("sneaky");
        mvc.perform(post("/members/invitations")
                        .with(user(volunteer))
                        .with(csrf())
                        .param("email", email)
                        .param("role", "COORDINATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/members/" + coordinator.id() + "/remove")
                        .with(user(volunteer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(mails.lastMailTo(email)).isEmpty();
    }

    @Test
    void aCoordinatorInvites() throws Exception {
        mvc.perform(post("/members/invitations")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("email", "not an address")
                        .param("role", "VOLUNTEER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("Geef een geldig e-mailadres")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/members/invitations")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("email", TestNetworks.email("staff"))
                        .param("role", "PARTNER_STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"role-error\"")));

        String email = TestNetworks.email("guest");
        mvc.perform(post("/members/invitations")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("email", email)
                        .param("role", "STEERING_GROUP"))
                .andExpect(redirectedUrl("/members"));
        assertThat(mails.lastMailTo(email)).isPresent();
        mvc.perform(get("/members").with(user(coordinator))).andExpect(content().string(containsString(email)));
    }

    @Test
    void aCoordinatorRemovesOthersButNotThemselves() throws Exception {
        mvc.perform(post("/members/" + volunteer.id() + "/remove")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members"));
        assertThat(accounts.members(network)).noneMatch(m -> m.id().equals(volunteer.id()));
        mvc.perform(post("/members/" + coordinator.id() + "/remove")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorWithdrawsAnInvitationOfTheirOwnNetworkOnly() throws Exception {
        String email = TestNetworks.email("withdrawn");
        invitations.invite(coordinator, email, NetworkRole.VOLUNTEER, java.util.Optional.empty());
        String token = TestMails.token(mails.lastMailTo(email).orElseThrow(), "/invitations/");
        var id = invitations.pending(network).stream()
                .filter(i -> i.email().equals(email))
                .findFirst()
                .orElseThrow()
                .id();
        var outsider = fixtures.member(fixtures.network("elders").id(), NetworkRole.COORDINATOR, "Buiten Staander");

        mvc.perform(post("/members/invitations/" + id + "/withdraw")
                        .with(user(volunteer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/members/invitations/" + id + "/withdraw")
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(invitations.find(token)).isPresent();

        mvc.perform(post("/members/invitations/" + id + "/withdraw")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members"));
        assertThat(invitations.find(token)).isEmpty();
        mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void anotherNetworkSeesNothingOfThisOne() throws Exception {
        var other = fixtures.network("members").id();
        var otherCoordinator = fixtures.member(other, NetworkRole.COORDINATOR, "Otto Other");
        String pending = TestNetworks.email("pending");
        invitations.invite(coordinator, pending, NetworkRole.VOLUNTEER, java.util.Optional.empty());

        mvc.perform(get("/members").with(user(otherCoordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Otto Other")))
                .andExpect(content().string(not(containsString("Victor Volunteer"))))
                .andExpect(content().string(not(containsString(volunteer.email()))))
                .andExpect(content().string(not(containsString(pending))));
        mvc.perform(post("/members/" + volunteer.id() + "/remove")
                        .with(user(otherCoordinator))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(accounts.members(network)).anyMatch(m -> m.id().equals(volunteer.id()));
    }
}
