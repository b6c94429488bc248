package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;

/** Reading the directory: the searchable list, a partner's page and the coverage matrix. */
@StielTest
class PartnerDirectoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    TestNetworks fixtures;
    NetworkView network;
    StielUser coordinator;

    @BeforeEach
    void network() {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("pages");
        coordinator = fixtures.member(network.id(), NetworkRole.COORDINATOR);
    }

    @Test
    void searchesByDutchFullTextAndFilters() throws Exception {
        var library = TestNetworks.form("Bibliotheek Zonnedal", "Voorlezen voor kinderen en hun ouders.");
        library.setKind(PartnerKind.LIBRARY);
        library.setLifeDomains(EnumSet.of(LifeDomain.EDUCATION));
        library.setCore(true);
        partners.create(Actor.system(network.id(), "Test"), library);
        var sport = TestNetworks.form("Sportclub Zonnedal", "Turnen voor peuters.");
        sport.setKind(PartnerKind.SPORT);
        sport.getLocations().get(0).setPostcode("9992");
        partners.create(Actor.system(network.id(), "Test"), sport);

        // "kind" is stemmed: it finds "kinderen"
        assertThat(page("/partners?q=kind")).contains("Bibliotheek Zonnedal").doesNotContain("Sportclub Zonnedal");
        assertThat(page("/partners?q=zonnedal"))
                .contains("Bibliotheek Zonnedal", "Sportclub Zonnedal", "2 partners gevonden");
        assertThat(page("/partners?kind=SPORT")).contains("Sportclub").doesNotContain("Bibliotheek Zonnedal");
        assertThat(page("/partners?lifeDomain=EDUCATION"))
                .contains("Bibliotheek")
                .doesNotContain("Sportclub");
        assertThat(page("/partners?core=true")).contains("Bibliotheek").doesNotContain("Sportclub");
        assertThat(page("/partners?core=false")).contains("Sportclub").doesNotContain("Bibliotheek Zonnedal");
        var tweede = network.municipalities().get(1).id().value();
        assertThat(page("/partners?q=&lifeDomain=&kind=&core=&municipality=" + tweede))
                .contains("Sportclub")
                .doesNotContain("Bibliotheek Zonnedal");
        assertThat(page("/partners?q=zwembad")).contains("Geen partners gevonden");
    }

    @Test
    void answersAnHtmxRequestWithTheResultsOnly() throws Exception {
        fixtures.partner(network.id(), "Speelotheek Regenboog", "Speelgoed lenen");

        String fragment = mvc.perform(get("/partners")
                        .param("q", "regenboog")
                        .header("HX-Request", "true")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("id=\"partner-results\"", "Speelotheek Regenboog")
                .contains("id=\"partner-count\"", "hx-swap-oob=\"innerHTML\"", "1 partner gevonden")
                .doesNotContain("<html", "<form", "<nav");

        String page = page("/partners?q=regenboog");
        assertThat(page).contains("<html", "id=\"partner-results\"", "Speelotheek Regenboog", "hx-get=\"/partners\"");
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        var id = fixtures.partner(network.id(), "Speelpleinwerking Zomer", "Spelen in de zomer");
        assertThat(page("/partners?lang=en&q=zomer")).contains("1 partner found", "Leisure", "Search");
        assertThat(page("/partners/" + id + "?lang=en")).contains("Universal: for every family", "Meeting others");
    }

    @Test
    void showsAPartnerAndTheEditButtonOnlyToThoseWhoMayEdit() throws Exception {
        var id = fixtures.partner(network.id(), "Consultatiebureau Noord", "Raadplegingen voor baby's");
        var volunteer = fixtures.member(network.id(), NetworkRole.VOLUNTEER);
        var staff = fixtures.member(network.id(), NetworkRole.PARTNER_STAFF, id);

        assertThat(page("/partners/" + id, coordinator))
                .contains("Consultatiebureau Noord", "Dorpsstraat 1", "Vrije tijd", "/partners/" + id + "/edit");
        assertThat(page("/partners/" + id, staff)).contains("/partners/" + id + "/edit");
        assertThat(page("/partners/" + id, volunteer))
                .contains("Consultatiebureau Noord")
                .doesNotContain("/partners/" + id + "/edit");
        assertThat(page("/partners", volunteer)).doesNotContain("/partners/new");
        assertThat(page("/partners", coordinator)).contains("/partners/new");
    }

    @Test
    void showsTheCoverageMatrixWithItsGaps() throws Exception {
        fixtures.partner(network.id(), "Ontmoetingshuis", "Ontmoeting"); // leisure and meeting others in 9990
        var remote = TestNetworks.form("Partner van elders", "Buiten het werkgebied");
        remote.getLocations().get(0).setPostcode("1000");
        partners.create(Actor.system(network.id(), "Test"), remote);

        String html = page("/partners/coverage");
        var eerste = network.municipalities().get(0).id().value();
        assertThat(html)
                .contains("<caption", "scope=\"col\"", "scope=\"row\"", "Eerste", "Tweede")
                .contains("coverage-empty", "geen partner: hiaat")
                .contains("18 hiaten.")
                .contains("/partners?lifeDomain=LEISURE&amp;municipality=" + eerste)
                .contains("1 partner heeft geen locatie in het werkgebied");
    }

    @Test
    void anotherNetworksPartnerIsNotFound() throws Exception {
        var elsewhere = fixtures.network("elders");
        var id = fixtures.partner(elsewhere.id(), "Verre partner", "Elders");
        String html = mvc.perform(get("/partners/" + id).with(user(coordinator)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Niet gevonden").doesNotContain("Verre partner");
    }

    private String page(String path) throws Exception {
        return page(path, coordinator);
    }

    private String page(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
