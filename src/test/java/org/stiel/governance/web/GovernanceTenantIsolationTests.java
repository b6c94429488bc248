package org.stiel.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyKind;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.DecisionSearch;
import org.stiel.governance.Decisions;
import org.stiel.governance.MemberForm;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.Actions;
import org.stiel.platform.RuleViolation;

/** A network sees nothing of another network's bodies, decisions, agreements and documents, and cannot link to them. */
@StielTest
class GovernanceTenantIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Bodies bodies;

    @Autowired
    Decisions decisions;

    @Autowired
    Agreements agreements;

    @Autowired
    Actions actions;

    @Test
    void anotherNetworksCoordinatorNeitherFindsNorChangesNorLinksAnything() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen").id();
        var theirs = fixtures.network("vreemd").id();
        var coordinator = fixtures.member(mine, NetworkRole.COORDINATOR);
        var partner = fixtures.partner(mine, TestNetworks.unique("Eigen partner"), "Test");
        String bodyName = TestNetworks.unique("Geheime werkgroep");
        var body = bodies.create(coordinator, new BodyForm(bodyName, BodyKind.WORKING_GROUP, "Geheim mandaat", null));
        bodies.addMember(coordinator, body, new MemberForm(partner.value(), null, LocalDate.of(2024, 1, 1)));
        var action =
                actions.create(coordinator, new ActionForm(TestNetworks.unique("Geheime actie"), null, "", null), null);
        String word = "zeepbellenfestival";
        var decision = decisions.record(
                coordinator,
                new DecisionForm("Een " + word + " organiseren", null, LocalDate.of(2025, 4, 1), body.value()),
                null);
        var agreement = agreements.create(
                coordinator,
                new AgreementForm(
                        partner.value(),
                        "Geheime inbreng",
                        "Aanbod",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 1, 1),
                        null));
        agreements.attach(coordinator, agreement, "geheim.pdf", "%PDF-1.4\n%%EOF\n".getBytes());

        var stranger = fixtures.member(theirs, NetworkRole.COORDINATOR);
        var strangerPartner = fixtures.partner(theirs, TestNetworks.unique("Vreemde partner"), "Test");
        var strangerBody = bodies.create(
                stranger, new BodyForm(TestNetworks.unique("Eigen groep"), BodyKind.WORKING_GROUP, null, null));

        for (String path : List.of(
                "/governance/bodies/" + body.value(),
                "/governance/bodies/" + body.value() + "/edit",
                "/governance/decisions/" + decision.value(),
                "/governance/agreements/" + agreement.value(),
                "/governance/agreements/" + agreement.value() + "/edit",
                "/governance/agreements/" + agreement.value() + "/document",
                "/api/v1/governance/bodies/" + body.value(),
                "/api/v1/governance/decisions/" + decision.value(),
                "/api/v1/governance/agreements/" + agreement.value())) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/governance/bodies/" + body.value())
                        .with(user(stranger))
                        .with(csrf())
                        .param("name", "Overgenomen")
                        .param("kind", "WORKING_GROUP"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/governance/bodies/" + body.value() + "/members")
                        .with(user(stranger))
                        .with(csrf())
                        .param("partnerId", strangerPartner.value().toString())
                        .param("joinedOn", "2025-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/governance/bodies/" + body.value() + "/members/" + partner.value() + "/leave")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/governance/agreements/" + agreement.value())
                        .with(user(stranger))
                        .with(csrf())
                        .param("partnerCommits", "Overschreven")
                        .param("networkOffers", "Overschreven")
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2026-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/governance/agreements/" + agreement.value() + "/document")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4\n".getBytes()))
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        // lists and searches are empty of the other network's data
        mvc.perform(get("/api/v1/governance/bodies").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(bodyName))));
        mvc.perform(get("/api/v1/governance/decisions").param("q", word).with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/governance/decisions")
                        .param("body", body.value().toString())
                        .with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/governance/agreements").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/governance").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(bodyName))));
        // the words come back in the search field; the decision does not
        mvc.perform(get("/governance/decisions").param("q", word).with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Een " + word))))
                .andExpect(content().string(Matchers.containsString("Geen beslissingen gevonden.")));
        assertThat(decisions.search(theirs, DecisionSearch.of(word, null, null, null)))
                .isEmpty();
        assertThat(decisions.ofMeeting(theirs, java.util.UUID.randomUUID())).isEmpty();

        // a decision that links another network's action, goal or body is refused
        var linking = new DecisionForm(
                "Vreemde actie koppelen",
                null,
                LocalDate.of(2025, 5, 1),
                strangerBody.value(),
                List.of(),
                List.of(action.value()));
        assertThatThrownBy(() -> decisions.record(stranger, linking, null)).isInstanceOf(RuleViolation.class);
        mvc.perform(post("/api/v1/governance/decisions")
                        .with(user(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Vreemde actie\", \"decidedOn\": \"2025-05-01\", \"actionIds\": [\""
                                + action.value() + "\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/rule"))
                .andExpect(jsonPath("$.field").value("actionIds"))
                .andExpect(
                        jsonPath("$.errors.actionIds").value("Kies enkel groepen, doelen en acties van dit netwerk."));
        mvc.perform(post("/governance/decisions")
                        .with(user(stranger))
                        .with(csrf())
                        .param("title", "Vreemde actie")
                        .param("decidedOn", "2025-05-01")
                        .param("actionIds", action.value().toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("Kies enkel groepen, doelen en acties van dit netwerk.")));
        var foreignBody = new DecisionForm("Vreemde groep", null, LocalDate.of(2025, 5, 1), body.value());
        assertThatThrownBy(() -> decisions.record(stranger, foreignBody, null)).isInstanceOf(RuleViolation.class);
        var foreignGoal = new DecisionForm(
                "Vreemd doel", null, LocalDate.of(2025, 5, 1), null, List.of(java.util.UUID.randomUUID()), List.of());
        assertThatThrownBy(() -> decisions.record(stranger, foreignGoal, null)).isInstanceOf(RuleViolation.class);
        // nothing was written by the refused attempts
        assertThat(decisions.search(theirs, DecisionSearch.all())).isEmpty();
        // and the own network still has its data unchanged
        assertThat(bodies.get(mine, body).name()).isEqualTo(bodyName);
        assertThat(agreements.get(coordinator, agreement).partnerCommits()).isEqualTo("Geheime inbreng");
    }
}
