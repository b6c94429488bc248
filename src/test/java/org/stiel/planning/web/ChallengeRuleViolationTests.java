package org.stiel.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.ChallengeStatus;
import org.stiel.planning.Challenges;

/**
 * A vote on a challenge that was decided meanwhile is refused with the reason, not with an error page, and the reason
 * shows as a warning, not as a success.
 */
@StielTest
class ChallengeRuleViolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Challenges challenges;

    @Test
    void votingOnADecidedChallengeSaysItIsDecided() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("stemregels").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Stemmer"), "Test.");
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var installation = Actor.system(network, "Test");
        var id = challenges.propose(
                installation, new ChallengeForm("Wachtlijsten", null, ChallengeSource.FAMILIES), staff.id());
        challenges.decide(installation, id, ChallengeStatus.SET_ASIDE, null);

        var voted = mvc.perform(post("/plan/challenges/" + id.value() + "/vote")
                        .param("support", "true")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "planning.challenge.closed"))
                .andExpect(flash().attribute("flash", nullValue()))
                .andReturn();
        assertThat(challenges.get(network, id).status()).isEqualTo(ChallengeStatus.SET_ASIDE);
        // the page the user returns to says so in a warning that is announced, not in the green "done" alert
        mvc.perform(get("/plan/challenges")
                        // the flash lives in the (JDBC) session the vote answered with
                        .cookie(voted.getResponse().getCookies())
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div class=\"alert alert-warning\" role=\"alert\">Over deze uitdaging is al beslist.</div>")))
                .andExpect(content().string(not(containsString("alert-success"))));
    }
}
