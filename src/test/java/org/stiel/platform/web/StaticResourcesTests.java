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
 * Every stylesheet and script a page links to is served, although links are not rewritten to versioned URLs
 * (WebConfiguration switches that rewriting off for speed): the version-less webjars URLs still resolve.
 */
@StielTest
class StaticResourcesTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

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
                .contains("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js")
                .anyMatch(a -> a.startsWith("/css/"))
                .anyMatch(a -> a.startsWith("/js/"));
        for (String asset : assets) {
            var response = mvc.perform(get(asset)).andReturn().getResponse();
            assertThat(response.getStatus()).as(asset).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(asset).isNotEmpty();
            assertThat(response.getContentType())
                    .as(asset)
                    .matches(t -> t.startsWith("text/css") || t.contains("javascript"));
        }
    }
}
