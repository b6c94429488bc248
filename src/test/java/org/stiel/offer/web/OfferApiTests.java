package org.stiel.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/** The offer API: create, read, replace with versions, and problem JSON for what is wrong. */
@StielTest
class OfferApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    NetworkId network;
    PartnerId partner;
    StielUser staff;

    @BeforeEach
    void world() {
        var f = new TestNetworks(networks, accounts, partners);
        network = f.network("offer-api").id();
        partner = f.partner(network, TestNetworks.unique("Bib"), "Test");
        staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
    }

    @Test
    void createsReadsAndListsAnOffer() throws Exception {
        String location = mvc.perform(post("/api/v1/offers")
                        .param("partner", partner.toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OffersAuthorizationTests.VALID_JSON)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/offers/")))
                .andExpect(jsonPath("$.name").value("Aanbod via de API"))
                .andExpect(jsonPath("$.partnerId").value(partner.toString()))
                .andExpect(jsonPath("$.schedules[0].byday").value("TU"))
                .andExpect(jsonPath("$.schedules[0].id").isNotEmpty())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offers").param("partner", partner.toString()).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Aanbod via de API")));
    }

    @Test
    void aChangeWithAnOldVersionIsAConflictAndInvalidFieldsAreListed() throws Exception {
        OfferId id = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly("Voorlezen", LocalDate.now()));

        String changed = OffersAuthorizationTests.VALID_JSON.replace("{\"name\"", "{\"version\": 0, \"name\"");
        mvc.perform(put("/api/v1/offers/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changed)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/offers/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changed)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String invalid = """
                {"name": "", "kind": "SERVICE", "audiences": [], "cost": "PAID", "reach": "UNIVERSAL",
                 "pillar": "PARENTING_SUPPORT", "status": "ACTIVE", "lifeDomains": ["HEALTH"],
                 "schedules": [{"dtstart": "2027-01-05", "opensAt": "10:00", "closesAt": "09:00"}]}
                """;
        mvc.perform(put("/api/v1/offers/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invalid)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.audiences").exists())
                .andExpect(jsonPath("$.errors.price").exists())
                .andExpect(jsonPath("$.errors['schedules[0].closesAt']").exists());
        assertThat(offers.get(network, id).version()).isEqualTo(1);
    }

    @Test
    void anUnknownPartnerIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/offers")
                        .param("partner", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OffersAuthorizationTests.VALID_JSON)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
