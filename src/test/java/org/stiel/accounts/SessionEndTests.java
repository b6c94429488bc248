package org.stiel.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.network.Networks;

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
    JdbcClient jdbc;

    @Test
    void aRemovedMemberIsLoggedOutEverywhere() throws Exception {
        var fixtures = new Fixtures(accounts, networks, jdbc);
        var network = fixtures.network();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Coördinator");
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Vrijwilliger");
        var session = LoggedIn.as(mvc, volunteer.email(), Fixtures.PASSWORD);
        mvc.perform(get("/api/v1/networks").with(session)).andExpect(status().isOk());

        accounts.removeMember(coordinator, volunteer.id());

        mvc.perform(get("/api/v1/networks").with(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewPasswordEndsTheOtherSessions() throws Exception {
        var fixtures = new Fixtures(accounts, networks, jdbc);
        var network = fixtures.network();
        var member = fixtures.member(network, NetworkRole.STEERING_GROUP, "Stuurgroeplid");
        var elsewhere = LoggedIn.as(mvc, member.email(), Fixtures.PASSWORD);

        accounts.changePassword(member.id(), Fixtures.PASSWORD, "een ander lang wachtwoord voor de test");

        mvc.perform(get("/api/v1/networks").with(elsewhere)).andExpect(status().isUnauthorized());
    }
}
