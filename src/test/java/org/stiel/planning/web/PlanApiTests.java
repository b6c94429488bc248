package org.stiel.planning.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.ContributorKind;
import org.stiel.planning.GoalForm;
import org.stiel.planning.Goals;

/** The plan's JSON: goals with their roll-up, actions, and moving an action on with problem JSON on errors. */
@StielTest
class PlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    @Test
    void goalsCarryTheirProgressAndTheResponsibleMoveActionsOn() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("plan-api").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Trekker"), "Trekt");
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
        var goal = goals.create(Actor.system(network, "Test"), new GoalForm("Eén deur", "Waarom", "Maat", null));
        var form = new ActionForm("Brunch", null, "", null);
        form.setGoalId(goal.value());
        form.setResponsiblePartner(partner.value());
        form.setStatus(ActionStatus.IN_PROGRESS);
        form.setProgress(30);
        form.getContributors()
                .add(new ActionForm.ContributorForm(
                        partner.value(), ContributorKind.HOURS, new BigDecimal("12"), null));
        var action = actions.create(Actor.system(network, "Test"), form, null);
        var done = new ActionForm("Kaart", null, "", null);
        done.setGoalId(goal.value());
        done.setStatus(ActionStatus.DONE);
        actions.create(Actor.system(network, "Test"), done, null);

        // (30 + 100) / 2 = 65
        mvc.perform(get("/api/v1/plan/goals").with(user(volunteer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Eén deur"))
                .andExpect(jsonPath("$[0].progress").value(65))
                .andExpect(jsonPath("$[0].actionCount").value(2));
        mvc.perform(get("/api/v1/plan/goals/" + goal).with(user(volunteer)))
                .andExpect(jsonPath("$.goal.progress").value(65))
                .andExpect(jsonPath("$.actions.length()").value(2));
        mvc.perform(get("/api/v1/plan/actions/" + action).with(user(volunteer)))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(
                        jsonPath("$.responsiblePartnerId").value(partner.value().toString()))
                .andExpect(jsonPath("$.contributors[0].kind").value("HOURS"))
                .andExpect(jsonPath("$.contributors[0].amount").value(12));

        mvc.perform(put("/api/v1/plan/actions/" + action + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"progress\": 150}")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.progress").exists());
        mvc.perform(put("/api/v1/plan/actions/" + action + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"progress\": 70}")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value(70))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        // (70 + 100) / 2 = 85
        mvc.perform(get("/api/v1/plan/goals/" + goal).with(user(volunteer)))
                .andExpect(jsonPath("$.goal.progress").value(85));
        mvc.perform(put("/api/v1/plan/actions/" + action + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"progress\": 10}")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(jsonPath("$.progress").value(100));
        mvc.perform(put("/api/v1/plan/actions/" + action + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"progress\": 10}")
                        .with(user(volunteer))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOpenApiDescriptionNamesThePlanEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plan/goals']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plan/actions/{id}/progress']")
                        .exists());
    }
}
