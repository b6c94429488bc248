package org.stiel.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.Actions;

/** An owner the network does not know is refused next to the owner fields, not only in the summary above the form. */
@StielTest
class ActionOwnerErrorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Actions actions;

    @Test
    void aPartnerOfNoNetworkIsRefusedBesideTheOwnerFields() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("eigenaarregels").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        String title = TestNetworks.unique("Zaal zoeken");

        String page = mvc.perform(post("/actions")
                        .param("title", title)
                        .param("responsiblePartner", UUID.randomUUID().toString())
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // the owner's group points to its error, and the error (with the reason) follows the two owner fields
        assertThat(page).contains("<fieldset class=\"row\" id=\"owner\" aria-describedby=\"owner-error\">");
        String fieldset =
                page.substring(page.indexOf("id=\"owner\""), page.indexOf("</fieldset>", page.indexOf("id=\"owner\"")));
        assertThat(fieldset)
                .contains("<div id=\"owner-error\"")
                .contains("Kies een partner of persoon van het netwerk.");
        assertThat(actions.list(network)).noneMatch(a -> a.title().equals(title));
    }
}
