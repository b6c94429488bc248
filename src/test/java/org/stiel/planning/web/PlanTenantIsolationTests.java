package org.stiel.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.ChallengeStatus;
import org.stiel.planning.Challenges;
import org.stiel.planning.GoalForm;
import org.stiel.planning.Goals;

/** A network sees nothing of another network's plan, whichever way it asks, and changes nothing in it. */
@StielTest
class PlanTenantIsolationTests {

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

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    @Test
    void anotherNetworkNeitherFindsNorChangesTheChallengesGoalsAndActions() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen-plan");
        var theirs = fixtures.network("vreemd-plan");
        var partner = fixtures.partner(mine.id(), TestNetworks.unique("Eigen trekker"), "Trekt");
        var theirPartner = fixtures.partner(theirs.id(), TestNetworks.unique("Vreemde partner"), "Elders");
        var stranger = fixtures.member(theirs.id(), NetworkRole.COORDINATOR);
        var strangerStaff = fixtures.member(theirs.id(), NetworkRole.PARTNER_STAFF, theirPartner);

        String challengeTitle = TestNetworks.unique("Geheime uitdaging");
        String goalTitle = TestNetworks.unique("Geheim doel");
        String actionTitle = TestNetworks.unique("Geheime actie");
        var challenge = challenges.propose(
                Actor.system(mine.id(), "Test"),
                new ChallengeForm(challengeTitle, null, ChallengeSource.FAMILIES),
                null);
        var goalForm = new GoalForm(goalTitle, null, null, null);
        goalForm.setPublished(true);
        var goal = goals.create(Actor.system(mine.id(), "Test"), goalForm);
        var actionForm = new ActionForm(actionTitle, null, "", LocalDate.of(2020, 1, 1));
        actionForm.setGoalId(goal.value());
        actionForm.setResponsiblePartner(partner.value());
        actionForm.setQuickWin(true);
        var action = actions.create(Actor.system(mine.id(), "Test"), actionForm, null);

        for (String path : new String[] {
            "/plan/goals/" + goal, "/plan/goals/" + goal + "/edit", "/actions/" + action + "/edit",
        }) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        for (String path : new String[] {
            "/plan/challenges/" + challenge + "/decision", "/plan/goals/" + goal + "/published", "/actions/" + action,
        }) {
            mvc.perform(post(path)
                            .param("status", "SET_ASIDE")
                            .param("published", "false")
                            .param("title", "Overgenomen")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/plan/challenges/" + challenge + "/vote")
                        .param("support", "true")
                        .with(user(strangerStaff))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/actions/" + action + "/status")
                        .param("status", "DONE")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // a goal of another network cannot be chosen for one's own action
        mvc.perform(get("/actions/new").param("goal", goal.toString()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/actions")
                        .param("title", "Aan een vreemd doel")
                        .param("goalId", goal.toString())
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert-danger")));
        assertThat(actions.ofGoal(mine.id(), goal)).hasSize(1);

        for (String path : new String[] {"/api/v1/plan/goals/" + goal, "/api/v1/plan/actions/" + action}) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(put("/api/v1/plan/actions/" + action + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CANCELLED\"}")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        var unchanged = actions.get(mine.id(), action);
        assertThat(unchanged.title()).isEqualTo(actionTitle);
        assertThat(unchanged.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(goals.get(mine.id(), goal).published()).isTrue();
        assertThat(challenges.get(mine.id(), challenge).status()).isEqualTo(ChallengeStatus.PROPOSED);
        assertThat(challenges.get(mine.id(), challenge).voteCount()).isZero();

        for (String page : new String[] {
            "/plan", "/plan/board", "/plan/challenges", "/plan/mine", "/plan/overdue", "/plan/quick-wins", "/actions"
        }) {
            assertThat(html(page, stranger))
                    .doesNotContain(challengeTitle)
                    .doesNotContain(goalTitle)
                    .doesNotContain(actionTitle);
        }
        mvc.perform(get("/api/v1/plan/goals").with(user(stranger)))
                .andExpect(jsonPath("$[*].title").value(not(hasItem(goalTitle))));
        mvc.perform(get("/api/v1/plan/actions").with(user(stranger)))
                .andExpect(jsonPath("$[*].title").value(not(hasItem(actionTitle))));
        // the other network's public page shows its own goals only
        assertThat(mvc.perform(get("/plan/" + theirs.slug()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(goalTitle)
                .doesNotContain(actionTitle);
        assertThat(mvc.perform(get("/plan/" + mine.slug()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(goalTitle)
                .contains(actionTitle);
    }

    private String html(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
