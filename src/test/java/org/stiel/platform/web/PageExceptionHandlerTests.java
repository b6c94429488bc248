package org.stiel.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.platform.Paging;
import org.stiel.platform.StielProperties;

/**
 * The 409 page, which no page of the application reaches today (the partner form handles its own conflict), on a
 * controller of its own.
 */
class PageExceptionHandlerTests {

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ConflictingController())
            .setControllerAdvice(new PageExceptionHandler(
                    messages(), new StielProperties(URI.create("https://stiel.example"), null)))
            .build();

    @Test
    void aConflictIsThe409PageWithALinkBackToTheFormItCameFrom() throws Exception {
        mvc.perform(post("/things/1").header("Referer", "https://stiel.example/things/1/edit"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("back", "/things/1/edit"))
                .andExpect(model().attribute("currentPath", "/things/1"));
    }

    @Test
    void thisApplicationIsTheConfiguredBaseUrlNotTheHostTheRequestNames() throws Exception {
        mvc.perform(post("/things/1")
                        .with(request -> {
                            request.setServerName("evil.example");
                            return request;
                        })
                        .header("Host", "evil.example")
                        .header("Referer", "http://evil.example/phish"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeDoesNotExist("back"));
    }

    @Test
    void linksBackOnlyToThisApplication() throws Exception {
        mvc.perform(post("/things/1").header("Referer", "https://elsewhere.example/phish"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeDoesNotExist("back"));
    }

    @Test
    void aTamperedPagingLinkIsThe400PageSayingWhatToDo() throws Exception {
        mvc.perform(get("/things").param("after", "%%%"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(model().attribute("detail", org.hamcrest.Matchers.containsString("first page")));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Controller
    static class ConflictingController {

        @GetMapping("/things")
        String list(@RequestParam String after) {
            Paging.of(after, null);
            return "things";
        }

        @PostMapping("/things/1")
        String change() {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
    }
}
