package org.stiel.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.Decisions;
import org.stiel.governance.GovernanceWorld;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** What the governance pages and API show: errors next to fields, the search fragment, downloads, JSON. */
@StielTest
class GovernancePagesTests {

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

    @Test
    void formsShowTheirErrorsNextToTheFields() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        var existing = bodies.get(w.network, w.workingGroup).name();
        mvc.perform(post("/governance/bodies")
                        .with(user(w.coordinator))
                        .with(csrf())
                        .param("name", existing)
                        .param("kind", "WORKING_GROUP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Er is al een groep met die naam.")));
        mvc.perform(post("/governance/decisions")
                        .with(user(w.coordinator))
                        .with(csrf())
                        .param("title", "")
                        .param("decidedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"decidedOn-error\"")));
        mvc.perform(post("/governance/agreements")
                        .with(user(w.coordinator))
                        .with(csrf())
                        .param("partnerId", w.partner.value().toString())
                        .param("partnerCommits", "Inbreng")
                        .param("networkOffers", "Aanbod")
                        .param("startsOn", "2026-01-01")
                        .param("endsOn", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endsOn-error\"")))
                .andExpect(content().string(containsString("Het einde valt niet voor het begin.")));
        mvc.perform(post("/governance/bodies/" + w.workingGroup.value() + "/members")
                        .with(user(w.coordinator))
                        .with(csrf())
                        .param("partnerId", w.partner.value().toString())
                        .param("joinedOn", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze partner is al lid van de groep.")));
    }

    @Test
    void theSearchAnswersHtmxWithTheResultsOnly() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        decisions.record(
                w.coordinator,
                new DecisionForm("Een speelstraat aanvragen", "Voor de zomer", LocalDate.of(2025, 4, 1), null),
                null);
        mvc.perform(get("/governance/decisions")
                        .param("q", "speelstraten")
                        .header("HX-Request", "true")
                        .with(user(w.coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("Een speelstraat aanvragen")))
                .andExpect(content().string(containsString("id=\"decision-results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theDocumentIsADownloadAndOnlyAPdfIsTaken() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        var id = agreements.create(
                w.coordinator,
                new AgreementForm(
                        w.partner.value(),
                        "Inbreng",
                        "Aanbod",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2028, 1, 1),
                        null));
        String url = "/governance/agreements/" + id.value() + "/document";
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "<script>".getBytes()))
                        .with(user(w.coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("Dat is geen pdf-bestand.")));
        mvc.perform(get(url).with(user(w.coordinator))).andExpect(status().isNotFound());

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "Overeenkomst 2025.pdf", "application/pdf", pdf))
                        .with(user(w.coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var body = mvc.perform(get(url).with(user(w.staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("Overeenkomst 2025.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(pdf);
    }

    @Test
    void theApiShowsABodyWithItsHistoryAndSearchesDecisions() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        bodies.removeMember(w.coordinator, w.workingGroup, w.partner, LocalDate.of(2025, 2, 1));
        mvc.perform(get("/api/v1/governance/bodies/" + w.workingGroup.value()).with(user(w.volunteer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("WORKING_GROUP"))
                .andExpect(jsonPath("$.chairName").value("Voorzitter"))
                .andExpect(jsonPath("$.members.length()").value(0))
                .andExpect(jsonPath("$.history[0].leftOn").value("2025-02-01"));
        String title = TestNetworks.unique("Fietsbibliotheek starten");
        mvc.perform(post("/api/v1/governance/decisions")
                        .with(user(w.chair))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"decidedOn\": \"2025-03-01\", \"bodyId\": \""
                                + w.workingGroup.value() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.bodyName").isNotEmpty());
        mvc.perform(get("/api/v1/governance/decisions")
                        .param("q", "fietsbibliotheek")
                        .param("from", "2025-03-01")
                        .param("to", "2025-03-01")
                        .with(user(w.staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value(title));
        mvc.perform(post("/api/v1/governance/decisions")
                        .with(user(w.coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decidedOn\": \"2025-03-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists());
    }
}
