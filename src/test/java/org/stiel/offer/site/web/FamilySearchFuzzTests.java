package org.stiel.offer.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;

/**
 * The families' search parameters on {@code /aanbod}, any of them with any value, go through binding, the search
 * query and its SQL on the test database: the answer is the page (200), a bad request (400) or an unknown network
 * (404), never a server error. Seeds in {@code FamilySearchFuzzTestsInputs}; see the README's "Fuzzing".
 */
@StielTest
class FamilySearchFuzzTests {

    /** The parameters the search form sends, and values the fuzzer starts from (a demo network's slug and all). */
    static final String[][] PARAMETERS = {
        {"q", "voorlezen"},
        {"network", "scheldeveld"},
        {"age", "3"},
        {"unit", "YEARS"},
        {"expecting", "true"},
        {"place", "9000"},
        {"km", "10"},
        {"domain", "LEISURE"},
        {"free", "true"},
        {"reduced", "true"},
        {"day", "MONDAY"},
        {"from", "2030-01-01"},
        {"to", "2030-02-01"},
        {"language", "nl"},
        {"page", "2"},
        {"after", "x"}
    };

    @Autowired
    MockMvc mvc;

    @FuzzTest(maxDuration = "10s")
    void anySearchAnswersWithoutAServerError(FuzzedDataProvider data) throws Exception {
        var request = get("/aanbod");
        for (String[] parameter : PARAMETERS) {
            if (data.consumeBoolean()) {
                String value = data.consumeBoolean() ? parameter[1] : data.consumeString(30);
                // NUL and the like stay in: the request filter refuses them with 400 before any controller
                request.param(parameter[0], value);
            }
        }
        if (data.consumeBoolean()) {
            request.header("HX-Request", "true");
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 400, 404);
    }
}
