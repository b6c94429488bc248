package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/** Page controllers of any module get the platform's error pages, inside the layout, with the right status. */
@StielTest
class PageErrorsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    NetworkView network;
    PartnerId partner;
    StielUser volunteer;

    @BeforeEach
    void network() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("errors");
        partner = fixtures.partner(network.id(), TestNetworks.unique("Foutpartner"), "Voor de foutpagina's");
        volunteer = fixtures.member(network.id(), NetworkRole.VOLUNTEER);
    }

    @Test
    void aPageOfSomethingMissingIsThe404Page() throws Exception {
        String html = render(get("/partners/" + java.util.UUID.randomUUID()), status().isNotFound(), "error/404");
        // inside the layout, with the menu marking where one is
        assertThat(html).contains("Niet gevonden", "Hoofdmenu").containsPattern("active\"[^>]*aria-current=\"page\"");
    }

    @Test
    void aPageOneMayNotSeeIsThe403Page() throws Exception {
        // refused by the partners facade (ForbiddenException)
        assertThat(render(get("/partners/" + partner.value() + "/edit"), status().isForbidden(), "error/403"))
                .contains("Geen toegang", "Hoofdmenu");
        // refused by method security (@PreAuthorize on the members page)
        assertThat(render(
                        post("/members/invitations")
                                .param("email", "x@stiel.example")
                                .with(csrf()),
                        status().isForbidden(),
                        "error/403"))
                .contains("Geen toegang");
    }

    @Test
    void theApiKeepsItsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/partners/" + java.util.UUID.randomUUID()).with(user(volunteer)))
                .andExpect(status().isNotFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json"));
    }

    private String render(MockHttpServletRequestBuilder request, ResultMatcher status, String template)
            throws Exception {
        return mvc.perform(request.with(user(volunteer)))
                .andExpect(status)
                .andExpect(view().name(template))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
