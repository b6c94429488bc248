package org.stiel.lifecycle.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.lifecycle.RoundView;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;

/** The coordinator of Polderrand sees nothing of Scheldeveld's survey rounds, whichever way they ask. */
@StielTest
class SurveyTenantIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Rounds rounds;

    @Test
    void coordinator2OfPolderrandGetsNotFoundForEveryScheldeveldRound() throws Exception {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        var demoRounds = rounds.rounds(scheldeveld);
        assertThat(demoRounds)
                .as("the demo has past rounds with survey answers")
                .hasSizeGreaterThanOrEqualTo(2);
        var stranger = LoggedIn.as(mvc, "coordinator2@stiel.example", StielTest.DEMO_PASSWORD);

        for (RoundView round : demoRounds) {
            String base = "/lifecycle/rounds/" + round.id() + "/survey";
            for (String path : new String[] {
                base, base + "/results", base + "/results.csv", base + "/results.pdf",
            }) {
                mvc.perform(get(path).with(stranger)).andExpect(status().isNotFound());
            }
            mvc.perform(post(base).param("temperature", "-5").with(stranger).with(csrf()))
                    .andExpect(status().isNotFound());
            String list = mvc.perform(get("/lifecycle/survey").with(stranger))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list)
                    .doesNotContain(round.title())
                    .doesNotContain(round.id().toString());
        }
    }
}
