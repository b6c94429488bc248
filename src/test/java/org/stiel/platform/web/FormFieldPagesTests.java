package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * The form-field library as people meet it (templates/platform/fields.html): the limits a form's constraints set are
 * on the page before anything is sent, and each error is a line of its own, tied to its field.
 */
@StielTest
class FormFieldPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    StielUser admin;
    StielUser coordinator;

    @BeforeEach
    void users() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        admin = fixtures.admin();
        coordinator = fixtures.member(fixtures.network("forms-ui").id(), NetworkRole.COORDINATOR);
    }

    @Test
    void theLimitsOfTheFormAreShownBeforeSending() throws Exception {
        String network = html(get("/admin/networks/new").with(user(admin)));
        // @Size(max = 200) on the name, 60 on the slug (municipalities are picked from the list, not typed)
        assertThat(network)
                .containsPattern("<input[^>]*id=\"name\"[^>]*maxlength=\"200\"")
                .containsPattern("<input[^>]*id=\"slug\"[^>]*maxlength=\"60\"");

        String body = html(get("/governance/bodies/new").with(user(coordinator)));
        // a long text says how long it may be, and counts (stiel.js) from the same element
        assertThat(body)
                .containsPattern("<textarea[^>]*id=\"mandate\"[^>]*maxlength=\"4000\"")
                .containsPattern("<textarea[^>]*data-stiel-count=\"mandate-limits\"")
                .containsPattern("<textarea[^>]*aria-describedby=\"mandate-limits\"")
                .contains("id=\"mandate-limits\"", "Hoogstens 4.000 tekens.");

        String series = html(get("/meetings/series/new").with(user(coordinator)));
        // @Min(1) @Max(24) on the number of meetings: the range in words and as min and max
        assertThat(series)
                .containsPattern("<input[^>]*id=\"count\"[^>]*min=\"1\"[^>]*max=\"24\"")
                .contains("id=\"count-limits\"", "Van 1 tot 24.");
    }

    @Test
    void eachErrorOfAFieldIsALineOfItsOwnTiedToTheField() throws Exception {
        String page = html(post("/admin/networks")
                .with(user(admin))
                .with(csrf())
                .param("name", "Twee fouten")
                .param("slug", "X".repeat(61))
                .param("municipalities[0].name", "Gent")
                .param("municipalities[0].postcodes", "9000"));

        assertThat(page)
                .containsPattern(
                        "<input[^>]*id=\"slug\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"slug-help slug-error\"")
                // the pattern's message and the size's, never glued into one
                .containsPattern("id=\"slug-error\"[^>]*>\\s*<div>[^<]+</div>\\s*<div>[^<]+</div>\\s*</div>");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
