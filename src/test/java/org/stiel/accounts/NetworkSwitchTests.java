package org.stiel.accounts;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.network.Networks;

/** One person in two networks, with a different role in each (demo account stuurgroep@). */
@StielTest
class NetworkSwitchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Test
    void aPersonSwitchesNetworkAndTakesTheRoleOfThatNetwork() throws Exception {
        var session = LoggedIn.as(mvc, "stuurgroep@stiel.example", StielTest.DEMO_PASSWORD);
        var polderrand = networks.findBySlug("polderrand").orElseThrow();

        mvc.perform(get("/api/v1/networks").with(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", containsInAnyOrder("scheldeveld", "polderrand")))
                .andExpect(jsonPath("$[?(@.current == true)].slug").value("scheldeveld"))
                .andExpect(jsonPath("$[?(@.slug == 'polderrand')].role").value("VOLUNTEER"));
        mvc.perform(get("/api/v1/partners").param("size", "100").with(session)).andExpect(jsonPath("$", hasSize(40)));

        mvc.perform(post("/network/switch")
                        .param("networkId", polderrand.id().toString())
                        .with(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/api/v1/networks/current").with(session))
                .andExpect(jsonPath("$.slug").value("polderrand"))
                .andExpect(jsonPath("$.role").value("VOLUNTEER"));
        mvc.perform(get("/api/v1/partners").with(session)).andExpect(jsonPath("$", hasSize(3)));
    }

    @Test
    void nobodySwitchesIntoANetworkTheyDoNotBelongTo() throws Exception {
        var session = LoggedIn.as(mvc, "coordinator2@stiel.example", StielTest.DEMO_PASSWORD);
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow();

        mvc.perform(post("/network/switch")
                        .param("networkId", scheldeveld.id().toString())
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/networks").with(session))
                .andExpect(jsonPath("$[*].slug", containsInAnyOrder("polderrand")));
    }

    @Test
    void anAdminSeesEveryNetwork() throws Exception {
        var session = LoggedIn.as(mvc, "admin@stiel.example", StielTest.DEMO_PASSWORD);

        mvc.perform(get("/api/v1/networks").with(session))
                .andExpect(jsonPath("$[*].slug", org.hamcrest.Matchers.hasItems("scheldeveld", "polderrand")));
        mvc.perform(get("/api/v1/networks/current").with(session)).andExpect(status().isNotFound());
    }
}
