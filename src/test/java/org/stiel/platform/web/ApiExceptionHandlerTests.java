package org.stiel.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's answers to failures no endpoint of the application provokes on purpose, on a controller of its own. */
class ApiExceptionHandlerTests {

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiExceptionHandler(messages()))
            .build();

    @Test
    void anUnexpectedExceptionIsA500ProblemWithoutItsMessage() throws Exception {
        mvc.perform(get("/api/things/1"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/internal"))
                .andExpect(content().string(not(containsString("jane.doe"))));
    }

    @Test
    void aDuplicateKeyIsA409Problem() throws Exception {
        mvc.perform(post("/api/things"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/duplicate"));
    }

    @Test
    void springMvcsOwnExceptionsKeepTheirStatus() throws Exception {
        mvc.perform(post("/api/things/1")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aTamperedPagingCursorIsA400ProblemSayingWhatToDo() throws Exception {
        mvc.perform(get("/api/things").param("after", "%%%"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/bad-request"))
                .andExpect(jsonPath("$.detail").value(containsString("first page")));
    }

    @Test
    void aRuleViolationIsA422ProblemWithTheFieldAndTheMessageInTheReadersLanguage() throws Exception {
        mvc.perform(post("/api/things/rule").header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/rule"))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.detail").value("Dit bestaat al. Kijk na of het niet al eerder toegevoegd werd."))
                .andExpect(jsonPath("$.errors.name")
                        .value("Dit bestaat al. Kijk na of het niet al eerder toegevoegd werd."));
        mvc.perform(post("/api/things/rule").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("already exists")));
    }

    @Test
    void aRuleAboutTheWholeRequestIsA422ProblemWithoutAField() throws Exception {
        mvc.perform(post("/api/things/rule").param("whole", "true").header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").doesNotExist())
                .andExpect(
                        jsonPath("$.detail").value("Dit bestaat al. Kijk na of het niet al eerder toegevoegd werd."));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @RestController
    static class FailingController {

        @GetMapping("/api/things/1")
        String thing() {
            throw new IllegalStateException("secret detail with jane.doe@example.org");
        }

        @GetMapping("/api/things")
        String list(@org.springframework.web.bind.annotation.RequestParam String after) {
            return org.stiel.platform.Paging.of(after, null).toString();
        }

        @PostMapping("/api/things/rule")
        String rule(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean whole) {
            throw whole
                    ? org.stiel.platform.RuleViolation.of("error.duplicate.detail")
                    : org.stiel.platform.RuleViolation.on("name", "error.duplicate.detail");
        }

        @PostMapping("/api/things")
        String add() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint");
        }
    }
}
