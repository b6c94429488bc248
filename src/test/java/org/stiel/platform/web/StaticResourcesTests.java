package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;

/**
 * Every stylesheet and script a page links to is served under the versioned URL {@link Assets} gives it (Spring's
 * own per-request rewriting is off for speed, WebConfiguration).
 */
@StielTest
class StaticResourcesTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars/|css/|js/|favicon)[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void everyAssetOfThePageLayoutIsServed() throws Exception {
        String page = mvc.perform(get("/aanbod"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(assets)
                .anyMatch(a -> a.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css"))
                .anyMatch(a -> a.matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js"))
                .anyMatch(a -> a.startsWith("/css/"))
                .anyMatch(a -> a.startsWith("/js/"))
                .anyMatch(a -> a.startsWith("/favicon.svg"));
        for (String asset : assets) {
            var response = mvc.perform(get(asset)).andReturn().getResponse();
            assertThat(response.getStatus()).as(asset).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(asset).isNotEmpty();
            assertThat(response.getContentType())
                    .as(asset)
                    .matches(t -> t.startsWith("text/css") || t.contains("javascript") || t.startsWith("image/svg"));
        }
    }

    /** Browsers ask for it on their own, without a link; it was a 404 in problem JSON. */
    @Test
    void theFaviconIsServedToAnyone() throws Exception {
        var response = mvc.perform(get("/favicon.ico")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("image/");
        assertThat(response.getContentAsByteArray()).hasSizeGreaterThan(20);
    }
}
