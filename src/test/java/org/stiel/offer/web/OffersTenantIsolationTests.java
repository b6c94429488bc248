package org.stiel.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.stiel.network.Networks;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.Partners;

/** Another network's coordinator sees nothing of an offer: 404 on every URL, and empty lists. */
@StielTest
class OffersTenantIsolationTests {

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

    @Test
    void anotherNetworkSeesNothing() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        var home = f.network("offer-home").id();
        var other = f.network("offer-other").id();
        var partner = f.partner(home, TestNetworks.unique("Thuis"), "Test");
        String name = TestNetworks.unique("Alleen thuis");
        var id = offers.register(Actor.system(home, "Test"), partner, TestOffers.weekly(name, LocalDate.now()));
        var stranger = f.member(other, NetworkRole.COORDINATOR);

        for (String path : new String[] {
            "/offers/" + id, "/offers/" + id + "/edit", "/api/v1/offers/" + id, "/offers/new?partner=" + partner
        }) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/offers/" + id + "/verify").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/offers/" + id)
                        .param("name", "Overgenomen")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/offers/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OffersAuthorizationTests.VALID_JSON)
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/offers")
                        .param("partner", partner.toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OffersAuthorizationTests.VALID_JSON)
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offers").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        String list = mvc.perform(get("/offers").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(name);
        assertThat(offers.list(other, OfferFilter.all())).isEmpty();
        assertThat(offers.get(home, id).name()).isEqualTo(name);
    }
}
