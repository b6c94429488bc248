package org.stiel.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
    void searchingShowsTheMatchesAsChoicesWithoutJavaScript() throws Exception {
        mvc.perform(get("/admin/networks/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"place\"")))
                .andExpect(content().string(containsString("Bron: Statbel; postcodes: bpost")))
                .andExpect(content().string(not(containsString("name=\"add\""))));

        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Half filled")
                        .param("place", "9000")
                        .param("find", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Half filled\"")))
                .andExpect(content().string(containsString("name=\"add\" value=\"44021\"")))
                .andExpect(content().string(containsString("aria-label=\"Gent toevoegen\"")))
                .andExpect(content().string(not(containsString("is-invalid"))));
        assertThat(networks.findBySlug("half-filled")).isEmpty();
    }

    @Test
    void pressingEnterInTheSearchFieldSearchesInsteadOfSaving() throws Exception {
        String slug = TestNetworks.slug("enter");
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Enter pressed")
                        .param("slug", slug)
                        .param("municipalities[0].nisCode", "44021")
                        .param("place", "lievegem"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"add\" value=\"44085\"")));
        assertThat(networks.findBySlug(slug)).isEmpty();
    }

    @Test
    void htmxGetsOnlyTheMatchesWhileTyping() throws Exception {
        mvc.perform(get("/admin/networks/places").param("place", "lieve").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"matches-heading\"")))
                .andExpect(content().string(containsString("value=\"44085\"")))
                .andExpect(content().string(containsString("Lievegem")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/admin/networks/places").param("place", "zzzqqq").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen gemeente gevonden")));
    }

    @Test
    void addingAndRemovingMunicipalitiesShowsTheFormAgainWithTheirDetails() throws Exception {
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Picking")
                        .param("municipalities[0].nisCode", "44085")
                        .param("place", "9000")
                        .param("add", "44021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities[0].nisCode\" value=\"44085\"")))
                .andExpect(content().string(containsString("name=\"municipalities[1].nisCode\" value=\"44021\"")))
                .andExpect(content().string(containsString("NIS 44021")))
                .andExpect(content().string(containsString("Oost-Vlaanderen")))
                .andExpect(content().string(containsString("9000, 9030")))
                .andExpect(content().string(containsString("aria-label=\"Gent verwijderen\"")))
                // the search stays, so that several can be added from it
                .andExpect(content().string(containsString("name=\"add\" value=\"44021\"")));

        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Picking")
                        .param("municipalities[0].nisCode", "44085")
                        .param("municipalities[1].nisCode", "44021")
                        .param("remove", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities[0].nisCode\" value=\"44021\"")))
                .andExpect(content().string(not(containsString("value=\"44085\""))));
    }

    @Test
    void addingAnUnknownOrAChosenMunicipalitySaysSoNextToTheSearchField() throws Exception {
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("municipalities[0].nisCode", "44021")
                        .param("add", "44021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"place-error\"")))
                .andExpect(content().string(containsString("Gent staat al in de lijst.")))
                .andExpect(content().string(not(containsString("name=\"municipalities[1].nisCode\""))));
        mvc.perform(post("/admin/networks").with(user(admin)).with(csrf()).param("add", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"place-error\"")))
                .andExpect(content().string(containsString("Code 12345 staat niet in de lijst")));
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
                        .param("municipalities[0].nisCode", "44021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Geef de naam van het netwerk.")))
                .andExpect(content().string(containsString("al in gebruik")))
                .andExpect(content().string(containsString("id=\"coordinatorEmail-error\"")));

        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "No municipalities")
                        .param("slug", TestNetworks.slug("none")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-error\"")))
                .andExpect(content().string(containsString("Kies minstens één gemeente.")));
    }

    @Test
    void anUnknownCodeOrAMunicipalityChosenTwiceIsSaidOnItsRow() throws Exception {
        String slug = TestNetworks.slug("rows");
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Rows")
                        .param("slug", slug)
                        .param("municipalities[0].nisCode", "44021")
                        .param("municipalities[1].nisCode", "99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-1-nisCode-error\"")))
                .andExpect(content().string(containsString("Code 99999 staat niet in de lijst")));
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Rows")
                        .param("slug", slug)
                        .param("municipalities[0].nisCode", "44021")
                        .param("municipalities[1].nisCode", "44085")
                        .param("municipalities[2].nisCode", "44021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-2-nisCode-error\"")))
                .andExpect(content().string(containsString("Gent staat al in de lijst.")));
        assertThat(networks.findBySlug(slug)).isEmpty();
    }

    @Test
    void createsAndEditsANetworkFromTheReferenceList() throws Exception {
        String slug = TestNetworks.slug("created");
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Huis van het Kind Gent-Lievegem")
                        .param("slug", slug)
                        .param("municipalities[0].nisCode", "44021")
                        .param("municipalities[1].nisCode", "44085")
                        .param("save", "1"))
                .andExpect(redirectedUrl("/admin/networks"));
        var created = networks.findBySlug(slug).orElseThrow();
        assertThat(created.municipalities())
                .extracting(NetworkView.MunicipalityView::name, NetworkView.MunicipalityView::nisCode)
                .containsExactly(tuple("Gent", "44021"), tuple("Lievegem", "44085"));
        assertThat(created.municipalities()).noneMatch(NetworkView.MunicipalityView::invented);
        assertThat(created.municipalityOf("9030").map(NetworkView.MunicipalityView::nisCode))
                .contains("44021");
        var lievegem = created.municipalities().get(1).id();

        mvc.perform(get("/admin/networks/" + created.id() + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities[1].nisCode\" value=\"44085\"")))
                .andExpect(content().string(containsString("NIS 44085")));
        mvc.perform(post("/admin/networks/" + created.id())
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "Huis van het Kind Lievegem")
                        .param("slug", slug)
                        .param("municipalities[0].nisCode", "44085")
                        .param("save", "1"))
                .andExpect(redirectedUrl("/admin/networks"));
        assertThat(networks.get(created.id()).municipalities()).singleElement().satisfies(m -> {
            assertThat(m.nisCode()).isEqualTo("44085");
            // references to a municipality that stays survive the edit
            assertThat(m.id()).isEqualTo(lievegem);
        });
    }

    @Test
    void theDemosInventedMunicipalitiesAreMarkedAsInvented() throws Exception {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow();
        assertThat(scheldeveld.municipalities())
                .extracting(NetworkView.MunicipalityView::nisCode)
                .containsExactly("99001", "99002", "99003", "99004", "99005", "99006");
        assertThat(scheldeveld.municipalities()).allMatch(NetworkView.MunicipalityView::invented);
        assertThat(scheldeveld.municipalityOf("9951").map(NetworkView.MunicipalityView::name))
                .contains("Dorenhout");

        mvc.perform(get("/admin/networks/" + scheldeveld.id() + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIS 99006")))
                .andExpect(content().string(containsString("(verzonnen)")));
    }

    @Test
    void aNetworkFromBeforeTheListKeepsItsMunicipalitiesWhenEdited() throws Exception {
        var old = fixtures.network("unlisted");
        mvc.perform(get("/admin/networks/" + old.id() + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities[0].name\" value=\"Eerste\"")))
                .andExpect(content().string(containsString("Niet uit de lijst")));
        mvc.perform(post("/admin/networks/" + old.id())
                        .with(user(admin))
                        .with(csrf())
                        .param("name", old.name())
                        .param("slug", old.slug())
                        .param("municipalities[0].nisCode", "")
                        .param("municipalities[0].name", "Eerste")
                        .param("municipalities[0].postcodes", "9990, 9991")
                        .param("municipalities[1].nisCode", "43010")
                        .param("save", "1"))
                .andExpect(redirectedUrl("/admin/networks"));
        assertThat(networks.get(old.id()).municipalities())
                .extracting(NetworkView.MunicipalityView::name, NetworkView.MunicipalityView::nisCode)
                .containsExactly(tuple("Eerste", null), tuple("Maldegem", "43010"));
        assertThat(networks.get(old.id()).municipalities().get(0).id())
                .isEqualTo(old.municipalities().get(0).id());
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
        mvc.perform(get("/admin/networks/places").param("place", "gent").with(user(coordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/networks")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("place", "gent")
                        .param("find", "1"))
                .andExpect(status().isForbidden());
    }
}
