package org.stiel.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.LoggedIn;
import org.stiel.StielTest;

/**
 * A write to the API without credentials is 401 problem JSON, as docs/api.md promises (the CSRF check comes first in
 * the chain and used to answer 403 in English); a logged-in session without its CSRF token keeps the 403.
 */
@StielTest
class ApiAuthenticationProblemTests {

    static final String BODY = "{\"name\": \"Anoniem\", \"kind\": \"OTHER\", \"lifeDomains\": [\"LEISURE\"]}";

    @Autowired
    MockMvc mvc;

    static Stream<MockHttpServletRequestBuilder> anonymousWrites() {
        String one = "/api/v1/partners/" + UUID.randomUUID();
        return Stream.of(
                post("/api/v1/partners"),
                put(one),
                patch(one),
                delete(one),
                post("/api/v1/governance/bodies"),
                post("/api/v1/referrals"));
    }

    @ParameterizedTest
    @MethodSource
    void anonymousWrites(MockHttpServletRequestBuilder write) throws Exception {
        mvc.perform(write.contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"));
    }

    @Test
    void theProblemFollowsTheLanguageChosen() throws Exception {
        mvc.perform(post("/api/v1/partners")
                        .cookie(new Cookie("STIEL_LANG", "en"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Not logged in"))
                .andExpect(jsonPath("$.detail").value("Log in or send a personal access token."));
    }

    @Test
    void aSessionWithoutItsCsrfTokenIsStillRefusedWith403() throws Exception {
        var user = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        mvc.perform(post("/api/v1/partners")
                        .with(user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Geen toegang"));
    }

    @Test
    void anUnknownTokenIsStill401() throws Exception {
        mvc.perform(post("/api/v1/partners")
                        .header("Authorization", "Bearer stiel_unknown")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
