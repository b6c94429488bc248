package org.stiel.meetings.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** A rule of the meetings refused: the reason next to the field on the page, 422 with the field in the API. */
@StielTest
class MeetingsRuleViolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void aWillingPartnerOfAnotherNetworkIsRefusedNextToTheField() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("vergaderregels").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var elsewhere = fixtures.network("elders").id();
        var foreign = fixtures.partner(elsewhere, TestNetworks.unique("Vreemde gastheer"), "Elders.");
        String firstDate = LocalDate.now().plusMonths(1).toString();

        mvc.perform(post("/api/v1/meetings/series")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("Accept-Language", "nl")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Netwerkoverleg", "kind": "NETWORK_MEETING", "recurrence": "MONTHLY_DAY",
                                 "firstDate": "%s", "count": 3, "startTime": "09:30", "endTime": "12:00",
                                 "expectedAttendees": 20, "partnerIds": ["%s"]}
                                """.formatted(firstDate, foreign.value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/rule"))
                .andExpect(jsonPath("$.field").value("partnerIds"))
                .andExpect(jsonPath("$.errors.partnerIds").value("Deze keuze hoort niet bij het netwerk."));

        mvc.perform(post("/meetings/series")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Netwerkoverleg")
                        .param("kind", "NETWORK_MEETING")
                        .param("recurrence", "MONTHLY_DAY")
                        .param("firstDate", firstDate)
                        .param("count", "3")
                        .param("startTime", "09:30")
                        .param("endTime", "12:00")
                        .param("expectedAttendees", "20")
                        .param("partnerIds", foreign.value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Deze keuze hoort niet bij het netwerk.")));
    }
}
