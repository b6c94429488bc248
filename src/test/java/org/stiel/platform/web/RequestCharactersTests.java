package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * A NUL character or bytes that are not UTF-8, anywhere in a request, answer 400 with a message the reader
 * understands (the error page, or problem JSON for the API) and never a 500. Each of these URLs answered 500 before.
 */
@StielTest
class RequestCharactersTests {

    static final String DUTCH = "tekens die Stiel niet kan lezen";

    @Autowired
    MockMvc mvc;

    LoggedIn coordinator;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @BeforeEach
    void logIn() throws Exception {
        coordinator = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
    }

    static Stream<Arguments> pagesWithANulInTheQuery() {
        return Stream.of(
                Arguments.of("/aanbod?network=%00", false),
                Arguments.of("/aanbod?q=a%00b", false),
                Arguments.of("/aanbod/kalender.ics?q=%00", false),
                Arguments.of("/partners?q=a%00", true),
                Arguments.of("/governance/decisions?q=a%00", true),
                Arguments.of("/login?x=%00", false),
                Arguments.of("/aanbod?q=%C3%28", false),
                Arguments.of("/aanbod?q=%FF", false),
                Arguments.of("/aanbod?q=%E2%82", false),
                Arguments.of("/partners?q=%C0%80", true),
                Arguments.of("/aanbod/%00", false),
                Arguments.of("/aanbod?q=%C3", false));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource
    void pagesWithANulInTheQuery(String url, boolean staff) throws Exception {
        var request = get(URI.create(url)).accept(MediaType.TEXT_HTML);
        var page = mvc.perform(staff ? coordinator.on(request) : request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(DUTCH).contains("<h1");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/hsds/services?search=a%00",
                "/api/hsds/services?network=%FF",
                "/api/v1/partners?q=%00",
                "/api/v1/governance/decisions?q=%C3%28"
            })
    void theApiAnswersProblemJson(String url) throws Exception {
        mvc.perform(coordinator.on(get(URI.create(url))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/bad-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(DUTCH)));
    }

    @Test
    void theProblemSpeaksTheReadersLanguage() throws Exception {
        mvc.perform(get(URI.create("/api/hsds/services?search=a%00"))
                        .cookie(new jakarta.servlet.http.Cookie("STIEL_LANG", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("This request is not right"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("invalid UTF-8")));
    }

    static Stream<Arguments> formsWithANul() {
        return Stream.of(
                Arguments.of(post("/password/forgot").param("email", "a\u0000@stiel.test"), false),
                Arguments.of(post("/login").param("username", "coordinator@stiel.example\u0000"), false),
                Arguments.of(post("/governance/bodies").param("name", "Werkgroep\u0000"), true),
                Arguments.of(post("/plan/challenges").param("title", "Uitdaging\u0000"), true),
                Arguments.of(post("/partners").param("name\u0000", "x"), true),
                Arguments.of(post("/partners").param("name", "Ongeldig \uFFFD teken"), true));
    }

    @ParameterizedTest(name = "[{index}] a form field with a NUL")
    @MethodSource
    void formsWithANul(MockHttpServletRequestBuilder form, boolean staff) throws Exception {
        form.with(csrf()).accept(MediaType.TEXT_HTML);
        mvc.perform(staff ? coordinator.on(form) : form)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DUTCH)));
    }

    @Test
    void aJsonBodyWithANulIsProblemJson() throws Exception {
        mvc.perform(
                        coordinator.on(
                                post("/api/v1/partners")
                                        .with(csrf())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"name\": \"Nul\\u0000partner\", \"kind\": \"OTHER\", \"lifeDomains\": [\"LEISURE\"]}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/bad-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(DUTCH)));
    }

    @Test
    void accentsAndEmojiStillWork() throws Exception {
        String text = "Crèche Zoë über 👶";
        mvc.perform(get("/aanbod").param("q", text).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        mvc.perform(coordinator.on(get("/partners").param("q", text))).andExpect(status().isOk());
        mvc.perform(get("/api/hsds/services").param("search", text)).andExpect(status().isOk());
        // the partner is written in a network of this test's own, so the demo networks other tests count stay as
        // they are
        var fixtures = new TestNetworks(networks, accounts, partners);
        var ownCoordinator = fixtures.member(fixtures.network("emoji").id(), NetworkRole.COORDINATOR);
        mvc.perform(post("/api/v1/partners")
                        .with(user(ownCoordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + text
                                + " tekens\", \"kind\": \"OTHER\", \"lifeDomains\": [\"LEISURE\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(text + " tekens"));
    }
}
