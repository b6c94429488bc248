package org.stiel.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.lifecycle.QuestionForm;
import org.stiel.lifecycle.Questions;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.lifecycle.Theme;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.Actions;

/** Another network sees nothing of a network's rounds, questions and actions, whichever way it asks. */
@StielTest
class LifecycleTenantIsolationTests {

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
    Questions questions;

    @Autowired
    Actions actions;

    @Test
    void anotherNetworksCoordinatorNeitherSeesNorChangesAnything() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen").id();
        var theirs = fixtures.network("vreemd").id();
        var partner = fixtures.partner(mine, TestNetworks.unique("Partner"), "Van het eigen netwerk");
        var coordinator = fixtures.member(mine, NetworkRole.COORDINATOR);
        fixtures.member(mine, NetworkRole.PARTNER_STAFF, partner);
        var stranger = fixtures.member(theirs, NetworkRole.COORDINATOR);
        String title = TestNetworks.unique("Geheime ronde");
        var round =
                rounds.open(coordinator, new RoundForm(title, LocalDate.now().plusDays(7)));
        var closed = rounds.open(
                coordinator, new RoundForm(title + " gesloten", LocalDate.now().plusDays(7)));
        rounds.close(coordinator, closed);
        var question = rounds.questions(mine, round).getFirst().id();
        String ownText = TestNetworks.unique("Geheime vraag");
        var own = questions.add(coordinator, new QuestionForm(Theme.GOALS, ownText, null));
        String actionTitle = TestNetworks.unique("Geheime actie");
        var action = actions.create(coordinator, new ActionForm(actionTitle, null, "", null), null);

        for (String path : new String[] {
            "/lifecycle/rounds/" + round,
            "/lifecycle/rounds/" + round + "/answers",
            "/lifecycle/rounds/" + round + "/results",
            "/lifecycle/rounds/" + closed + "/results",
            "/lifecycle/compare?from=" + closed + "&to=" + closed,
            "/lifecycle/rounds/" + closed + "/questions/" + question + "/action",
            "/lifecycle/questions/" + own + "/edit",
            "/actions/" + action + "/edit",
        }) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        for (String path : new String[] {
            "/lifecycle/rounds/" + round + "/close",
            "/lifecycle/rounds/" + round + "/answers",
            "/lifecycle/rounds/" + closed + "/questions/" + question + "/action",
            "/lifecycle/questions/" + own,
            "/lifecycle/questions/" + own + "/retire",
            "/actions/" + action,
            "/actions/" + action + "/status",
        }) {
            mvc.perform(post(path)
                            .param("title", "Overgenomen")
                            .param("theme", "GOALS")
                            .param("text", "Overgenomen")
                            .param("status", "DONE")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(rounds.get(mine, round).open()).isTrue();
        assertThat(questions.ownQuestion(mine, own).text()).isEqualTo(ownText);
        assertThat(questions.ownQuestion(mine, own).retired()).isFalse();
        assertThat(actions.get(mine, action).title()).isEqualTo(actionTitle);
        assertThat(actions.get(mine, action).done()).isFalse();

        for (String list : new String[] {"/lifecycle", "/lifecycle/questions", "/actions"}) {
            String page = mvc.perform(get(list).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).doesNotContain(title).doesNotContain(ownText).doesNotContain(actionTitle);
        }
        assertThat(rounds.rounds(theirs)).isEmpty();
        assertThat(actions.list(theirs)).isEmpty();
        assertThat(questions.ownQuestions(theirs)).isEmpty();
    }
}
