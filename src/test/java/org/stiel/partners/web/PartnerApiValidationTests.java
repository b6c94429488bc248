package org.stiel.partners.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.PersonalAccessTokens;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** Bad input to the partner API: RFC 9457 problem JSON with the field, never a server error. */
@StielTest
class PartnerApiValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    PersonalAccessTokens tokens;

    TestNetworks fixtures;
    NetworkView network;
    StielUser coordinator;

    @BeforeEach
    void network() {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("api");
        coordinator = fixtures.member(network.id(), NetworkRole.COORDINATOR);
    }

    @Test
    void answersInvalidFieldsWithProblemJson() throws Exception {
        mvc.perform(post("/api/v1/partners")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "kind": "SCHOOL", "lifeDomains": [], "website": "ftp://x",
                                 "locations": [{"street": "Markt 1", "postcode": "12", "city": "Eerste"}]}
                                """)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.lifeDomains").exists())
                .andExpect(jsonPath("$.errors.website").value("Geef een webadres dat begint met http:// of https://."))
                .andExpect(jsonPath("$.errors['locations[0].postcode']").value("Geef een postcode van 4 cijfers."));
    }

    @Test
    void answersNullRowsWithProblemJsonNotAServerError() throws Exception {
        mvc.perform(post("/api/v1/partners")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Null rows", "kind": "SCHOOL", "lifeDomains": ["EDUCATION"],
                                 "locations": [null]}
                                """)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['locations[0]']").exists());

        var partner = fixtures.partner(network.id(), "Null contacts", "Rijen die null zijn");
        mvc.perform(put("/api/v1/partners/" + partner.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Null contacts", "kind": "SCHOOL", "lifeDomains": ["EDUCATION"],
                                 "contacts": [null]}
                                """)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['contacts[0]']").exists());
    }

    @Test
    void refusesMoreThanFiftyLocations() throws Exception {
        var location = """
                {"street": "Markt 1", "postcode": "9000", "city": "Gent"}""";
        var locations = String.join(",", Collections.nCopies(51, location));
        mvc.perform(post("/api/v1/partners")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Many\", \"kind\": \"SCHOOL\", \"lifeDomains\": [\"EDUCATION\"],"
                                + " \"locations\": [" + locations + "]}")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locations").exists());
    }
}
