package org.stiel.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** What someone was granted ends with their open sessions, not at their next login. */
@StielTest
class SessionEndTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Test
    void aRemovedMemberIsLoggedOutEverywhere() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("session-end").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Coördinator");
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Vrijwilliger");
        var session = LoggedIn.as(mvc, volunteer.email(), TestNetworks.PASSWORD);
        mvc.perform(get("/api/v1/networks").with(session)).andExpect(status().isOk());

        accounts.removeMember(coordinator, volunteer.id());

        mvc.perform(get("/api/v1/networks").with(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewPasswordEndsTheOtherSessions() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("session-end").id();
        var member = fixtures.member(network, NetworkRole.STEERING_GROUP, "Stuurgroeplid");
        var elsewhere = LoggedIn.as(mvc, member.email(), TestNetworks.PASSWORD);

        accounts.changePassword(
                member.id(), TestNetworks.PASSWORD, "een ander lang wachtwoord voor de test", "192.0.2.52");

        mvc.perform(get("/api/v1/networks").with(elsewhere)).andExpect(status().isUnauthorized());
    }
}
