package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** A coordinator ties a person to a partner by inviting them from the partner's page. */
@StielTest
class PartnerStaffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorInvitesStaffForOnePartner() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("staff").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Gezinsbond"), "Vrijwilligers");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        String email = "staff-" + UUID.randomUUID() + "@stiel.example";

        mvc.perform(post("/partners/" + partner + "/staff")
                        .param("email", email)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/partners/" + partner));

        var invited = jdbc.sql("select role, partner_id from invitation where email = ?")
                .param(email)
                .query((rs, i) -> rs.getString("role") + " " + rs.getObject("partner_id"))
                .single();
        assertThat(invited).isEqualTo("PARTNER_STAFF " + partner.value());
        String mail = jdbc.sql("select body from mail_outbox where recipient = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(mail).contains("/invitations/").doesNotContain(coordinator.displayName());
    }

    @Test
    void aWrongAddressIsShownNextToTheFieldAndOthersMayNotInvite() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("staff-errors").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Speelotheek"), "Speelgoed");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var outsider = fixtures.member(fixtures.network("elsewhere").id(), NetworkRole.COORDINATOR);

        mvc.perform(post("/partners/" + partner + "/staff")
                        .param("email", "geen-adres")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"staff-email-error\"")));
        mvc.perform(post("/partners/" + partner + "/staff")
                        .param("email", "iemand@stiel.example")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partners/" + partner + "/staff")
                        .param("email", "iemand@stiel.example")
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // the partner's page lists its staff
        mvc.perform(get("/partners/" + partner).with(user(coordinator)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(staff.displayName())));
    }
}
