package org.stiel.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.partners.Partners;

@StielTest
class NetworkAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    TestNetworks fixtures;
    StielUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new TestNetworks(networks, accounts, partners);
        admin = fixtures.admin();
    }

    @Test
    void listsNetworks() throws Exception {
        var id = fixtures.network("admin").id();
        mvc.perform(get("/admin/networks").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(networks.get(id).slug())));
    }

    @Test
    void namesListEveryNetworkByNameWithItsSlug() {
        var created = fixtures.network("names");

        var names = networks.names();

        assertThat(names).contains(new NetworkName(created.id(), created.slug(), created.name()));
        var all = networks.all();
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .map(n -> new NetworkName(n.id(), n.slug(), n.name()))
                        .toList());
        // in the same order as the full list, which sorts by name in the database
        assertThat(names)
                .extracting(NetworkName::name)
                .containsExactlyElementsOf(all.stream().map(NetworkView::name).toList());
    }

    @Test
    void theNewFormOffersTwoEmptyRowsAndOneMoreOnRequest() throws Exception {
        mvc.perform(get("/admin/networks/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-1-name\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"municipalities-2-name\""))));
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Half filled")
                        .param("municipalities[0].name", "Gent")
                        .param("municipalities[0].postcodes", "9000")
                        .param("municipalities[1].name", "")
                        .param("municipalities[1].postcodes", "")
                        .param("addRow", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Gent\"")))
                .andExpect(content().string(containsString("id=\"municipalities-2-name\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("is-invalid"))));
    }

    @Test
    void showsErrorsNextToTheFields() throws Exception {
        var taken = networks.get(fixtures.network("admin").id()).slug();
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("slug", taken)
                        .param("coordinatorEmail", "not an address")
                        .param("municipalities[0].name", "Gent")
                        .param("municipalities[0].postcodes", "90")
                        .param("municipalities[1].name", "")
                        .param("municipalities[1].postcodes", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Geef de naam van het netwerk.")))
                .andExpect(content().string(containsString("al in gebruik")))
                .andExpect(content().string(containsString("id=\"coordinatorEmail-error\"")))
                .andExpect(content().string(containsString("id=\"municipalities-0-postcodes-error\"")))
                .andExpect(content().string(containsString("postcodes van 4 cijfers")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "aria-describedby=\"municipalities-0-postcodes-help municipalities-0-postcodes-error\"")));

        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "No municipalities")
                        .param("slug", TestNetworks.slug("none"))
                        .param("municipalities[0].name", "")
                        .param("municipalities[0].postcodes", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-error\"")));
    }

    @Test
    void createsAndEditsANetwork() throws Exception {
        String slug = TestNetworks.slug("created");
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Huis van het Kind Testdorp")
                        .param("slug", slug)
                        .param("municipalities[0].name", "Testdorp")
                        .param("municipalities[0].postcodes", "9000, 9030")
                        .param("municipalities[1].name", "")
                        .param("municipalities[1].postcodes", "")
                        .param("municipalities[2].name", "Anderdorp")
                        .param("municipalities[2].postcodes", "9040"))
                .andExpect(redirectedUrl("/admin/networks"));
        var created = networks.findBySlug(slug).orElseThrow();
        assertThat(created.municipalities())
                .extracting(NetworkView.MunicipalityView::name)
                .containsExactly("Testdorp", "Anderdorp");
        assertThat(created.municipalityOf("9030")).isPresent();

        mvc.perform(get("/admin/networks/" + created.id() + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Anderdorp\"")))
                .andExpect(content().string(containsString("id=\"municipalities-3-name\"")));
        mvc.perform(post("/admin/networks/" + created.id())
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Huis van het Kind Testdorp")
                        .param("slug", slug)
                        .param("municipalities[0].name", "Testdorp")
                        .param("municipalities[0].postcodes", "9000"))
                .andExpect(redirectedUrl("/admin/networks"));
        assertThat(networks.get(created.id()).municipalities())
                .singleElement()
                .satisfies(m -> assertThat(m.postcodes()).containsExactly("9000"));
    }

    @Test
    void onlyAdminsReachTheAdminPages() throws Exception {
        var coordinator = fixtures.member(fixtures.network("admin").id(), NetworkRole.COORDINATOR, "Not An Admin");
        mvc.perform(get("/admin/networks").with(user(coordinator))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/networks")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Sneaky")
                        .param("slug", TestNetworks.slug("sneaky")))
                .andExpect(status().isForbidden());
    }
}
