package org.stiel.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.lifecycle.Results;
import org.stiel.lifecycle.RoundView;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;

/** The demo's rounds in Scheldeveld show on every page: timeline, round, results, comparison, questions, actions. */
@StielTest
class LifecycleDemoPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    Results results;

    @Test
    void theCoordinatorSeesTheDemoRoundsResultsAndComparison() throws Exception {
        var network = networks.findBySlug("scheldeveld").orElseThrow().id();
        var all = rounds.rounds(network);
        assertThat(all).extracting(RoundView::title).containsExactly("Najaar 2026", "Voorjaar 2026", "Najaar 2025");
        assertThat(all).extracting(RoundView::open).containsExactly(true, false, false);
        var coordinator = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);

        String overview = page(coordinator, "/lifecycle");
        assertThat(overview).contains("Najaar 2025").contains("Voorjaar 2026").contains("role=\"img\"");
        String round = page(coordinator, "/lifecycle/rounds/" + all.get(0).id());
        assertThat(round).contains("Elif Smet").contains("Omar Hermans");
        String result = page(coordinator, "/lifecycle/rounds/" + all.get(1).id() + "/results");
        assertThat(result).contains("lifecycle-fill").contains("Maak er een actie van");
        String compare = page(
                coordinator,
                "/lifecycle/compare?from=" + all.get(2).id() + "&to="
                        + all.get(1).id());
        assertThat(compare).contains("Wat bewoog er?");
        assertThat(page(coordinator, "/lifecycle/questions")).contains("Weerspiegelt het netwerk");
        assertThat(page(coordinator, "/actions")).contains("Indicatoren voor de meerwaarde");
        assertThat(page(coordinator, "/actions/new")).contains("Trekker");
        var someQuestion = results.result(network, all.get(1).id())
                .phases()
                .get(0)
                .questions()
                .get(0)
                .question();
        assertThat(page(
                        coordinator,
                        "/lifecycle/rounds/" + all.get(1).id() + "/questions/" + someQuestion.id() + "/action"))
                .contains("/questions/" + someQuestion.id() + "/action")
                .contains("Op de actielijst zetten");
        assertThat(page(coordinator, "/lifecycle/rounds/new")).contains("Openen en uitnodigen");
    }

    @Test
    void aParticipantSeesTheAnswerPage() throws Exception {
        var network = networks.findBySlug("scheldeveld").orElseThrow().id();
        var open = rounds.rounds(network).get(0);
        var staff = LoggedIn.as(mvc, "partner@stiel.example", StielTest.DEMO_PASSWORD);
        assertThat(page(staff, "/lifecycle/rounds/" + open.id() + "/answers"))
                .contains("Is er iemand die het voortouw neemt");
        assertThat(page(staff, "/lifecycle")).contains("Je antwoorden worden verwacht");
    }

    private String page(LoggedIn who, String path) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
