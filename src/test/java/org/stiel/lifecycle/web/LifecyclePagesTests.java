package org.stiel.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.AnswerStatus;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.Actions;

/** The forms of the lifecycle pages: errors next to the field, partial saves, and from question to action. */
@StielTest
class LifecyclePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Rounds rounds;

    @Autowired
    Actions actions;

    @Test
    void aBadEvidenceLinkIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("formulier").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        var round =
                rounds.open(coordinator, new RoundForm("Ronde", LocalDate.now().plusDays(7)));
        var first = rounds.questions(network, round).getFirst().id();

        String page = mvc.perform(post("/lifecycle/rounds/" + round + "/answers")
                        .param("answers[0].questionId", first.toString())
                        .param("answers[0].status", "IN_PLACE")
                        .param("answers[0].evidenceUrl", "javascript:alert(1)")
                        .with(user(steering))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"answers-0-evidenceUrl-error\"").contains("Geef een volledig webadres");
        assertThat(page)
                .contains("aria-describedby=\"answers-0-evidenceUrl-error\"")
                .contains("is-invalid");
        assertThat(rounds.sheet(steering, round).items().getFirst().status()).isNull();

        mvc.perform(post("/lifecycle/rounds/" + round + "/answers")
                        .param("answers[0].questionId", first.toString())
                        .param("answers[0].status", "IN_PLACE")
                        .param("answers[0].evidenceUrl", "https://verslag.example/stuurgroep")
                        // an empty link field, as every browser sends for a question without evidence
                        .param(
                                "answers[1].questionId",
                                rounds.questions(network, round).get(1).id().toString())
                        .param("answers[1].status", "UNDER_WAY")
                        .param("answers[1].evidenceUrl", "")
                        .param("submit", "1")
                        .with(user(steering))
                        .with(csrf()))
                .andExpect(status().isOk());

        var sheet = rounds.sheet(steering, round);
        assertThat(sheet.items().getFirst().status()).isEqualTo(AnswerStatus.IN_PLACE);
        assertThat(sheet.items().get(1).status()).isEqualTo(AnswerStatus.UNDER_WAY);
        assertThat(sheet.items().get(1).evidenceUrl()).isNull();
        assertThat(sheet.participant().submitted()).isFalse();
    }

    @Test
    void aCloseDateInThePastIsRefused() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("datum").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);

        String page = mvc.perform(post("/lifecycle/rounds")
                        .param("title", "Te laat")
                        .param("closesOn", LocalDate.now().minusDays(1).toString())
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"closesOn-error\"").contains("mag niet in het verleden");
        assertThat(rounds.rounds(network)).isEmpty();
    }

    @Test
    void aQuestionBecomesAnActionThatTheResultsLinkTo() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("actie").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Trekker"), "De trekker");
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var round =
                rounds.open(coordinator, new RoundForm("Ronde", LocalDate.now().plusDays(7)));
        var question = rounds.questions(network, round).get(2);
        String title = TestNetworks.unique("Infomoment voor besturen");

        mvc.perform(post("/lifecycle/rounds/" + round + "/questions/" + question.id() + "/action")
                        .param("title", title)
                        .param("owner", "partner:" + partner.value())
                        .param("dueOn", "2027-02-01")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lifecycle/rounds/" + round + "/results#question-" + question.id()));

        var made = actions.list(network).getFirst();
        assertThat(made.title()).isEqualTo(title);
        assertThat(made.source())
                .hasValueSatisfying(
                        s -> assertThat(s.ref()).isEqualTo(question.id().toString()));
        assertThat(made.dueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        String results = mvc.perform(
                        get("/lifecycle/rounds/" + round + "/results").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains(title);
        assertThat(mvc.perform(get("/actions").with(user(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(title)
                .contains("uit de zelfevaluatie");
    }
}
