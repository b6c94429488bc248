package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;

/** Adding and changing partners through the form: validation next to the fields, rows, rights, conflicts. */
@StielTest
class PartnerFormPagesTests {

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
    void createsAPartnerAndRedirectsWithAMessage() throws Exception {
        String name = TestNetworks.unique("Jeugdhuis De Vonk");
        mvc.perform(partnerForm(post("/partners"), name)
                        .param("locations[0].street", "Kerkstraat 5")
                        .param("locations[0].postcode", "9992")
                        .param("locations[0].city", "Tweede")
                        .param("locations[1].street", "")
                        .param("contacts[0].name", "")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/partners/*"))
                .andExpect(flash().attribute("flash", "saved"));

        var created = partners.search(network.id(), new PartnerSearch(name, null, null, null, null));
        assertThat(created)
                .singleElement()
                .extracting(PartnerSummary::cities)
                .asList()
                .containsExactly("Tweede");
    }

    @Test
    void showsValidationErrorsNextToTheFields() throws Exception {
        String html = mvc.perform(post("/partners")
                        .param("name", " ")
                        .param("reach", "UNIVERSAL")
                        .param("website", "ftp://example.org")
                        .param("locations[0].street", "Kerkstraat 5")
                        .param("locations[0].postcode", "99")
                        .param("locations[0].city", "Tweede")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"name-error\"", "aria-describedby=\"name-error\"", "is-invalid")
                .contains("id=\"website-error\"", "Geef een webadres dat begint met http:// of https://.")
                .contains("id=\"locations-0-postcode-error\"", "Geef een postcode van 4 cijfers.")
                .contains("id=\"lifeDomains-error\"", "id=\"kind-error\"")
                .contains("Kijk de velden met een fout na.");
        // the row typed in stays, one empty row follows it
        assertThat(html).contains("value=\"Kerkstraat 5\"", "id=\"locations-1-street\"");
        assertThat(html).doesNotContain("id=\"locations-2-street\"");
    }

    @Test
    void addsAnEmptyRowWithoutValidating() throws Exception {
        String html = mvc.perform(post("/partners")
                        .param("name", "")
                        .param("locations[0].street", "Kerkstraat 5")
                        .param("locations[1].street", "")
                        .param("addLocation", "1")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"locations-2-street\"").doesNotContain("invalid-feedback", "is-invalid");
        assertThat(html).contains("id=\"contacts-0-name\"").doesNotContain("id=\"contacts-1-name\"");
    }

    @Test
    void partnerStaffEditTheirOwnPartnerButNotItsCoreStatusNorAnotherPartner() throws Exception {
        var own = fixtures.partner(network.id(), "Kinderopvang Kabouter", "Opvang");
        var other = fixtures.partner(network.id(), "Kinderopvang Reus", "Opvang");
        var staff = fixtures.member(network.id(), NetworkRole.PARTNER_STAFF, own);

        assertThat(page("/partners/" + own + "/edit", staff))
                .contains("Kinderopvang Kabouter")
                .doesNotContain("name=\"core\"");
        assertThat(page("/partners/" + own + "/edit", coordinator)).contains("name=\"core\"");

        mvc.perform(partnerForm(post("/partners/" + own), "Kinderopvang Kabouter")
                        .param("core", "true")
                        .param("expertise", "Baby's en peuters")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var view = partners.get(network.id(), own);
        assertThat(view.expertise()).isEqualTo("Baby's en peuters");
        assertThat(view.core()).isFalse();

        mvc.perform(get("/partners/" + other + "/edit").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(partnerForm(post("/partners/" + other), "Overgenomen")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(partners.get(network.id(), other).name()).isEqualTo("Kinderopvang Reus");
    }

    @Test
    void coordinatorsMakeAPartnerCore() throws Exception {
        var id = fixtures.partner(network.id(), "OCMW Zonnedal", "Sociale dienst");
        mvc.perform(partnerForm(post("/partners/" + id), "OCMW Zonnedal")
                        .param("core", "true")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(partners.get(network.id(), id).core()).isTrue();
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwrittenButShownAgainWithAMessage() throws Exception {
        var id = fixtures.partner(network.id(), "Speelotheek Zonnedal", "Speelgoed lenen");
        String form = page("/partners/" + id + "/edit");
        long version = partners.get(network.id(), id).version();
        assertThat(form).contains("type=\"hidden\" id=\"version\" name=\"version\" value=\"" + version + "\"");

        // someone else saves first
        var theirs = partners.form(network.id(), id);
        theirs.setName("Speelotheek De Knikker");
        partners.update(coordinator, id, theirs);

        String html = mvc.perform(partnerForm(post("/partners/" + id), "Speelotheek Zonnedal Centrum")
                        .param("version", Long.toString(version))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name("partners/form"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Iemand anders was je voor", "/partners/" + id + "/edit")
                // what was typed is still there to copy, with the version it was based on
                .contains("value=\"Speelotheek Zonnedal Centrum\"")
                .contains("name=\"version\" value=\"" + version + "\"");
        assertThat(partners.get(network.id(), id).name()).isEqualTo("Speelotheek De Knikker");
    }

    @Test
    void anEditOfTheCurrentVersionIsSaved() throws Exception {
        var id = fixtures.partner(network.id(), "Gezinsbond Zonnedal", "Tweedehandsbeurs");
        long version = partners.get(network.id(), id).version();
        mvc.perform(partnerForm(post("/partners/" + id), "Gezinsbond Zonnedal-Noord")
                        .param("version", Long.toString(version))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "saved"));
        var saved = partners.get(network.id(), id);
        assertThat(saved.name()).isEqualTo("Gezinsbond Zonnedal-Noord");
        assertThat(saved.version()).isGreaterThan(version);
    }

    @Test
    void anUnknownKindIsAFieldErrorInDutch() throws Exception {
        String page = mvc.perform(post("/partners")
                        .param("name", "Gemanipuleerd formulier")
                        .param("kind", "NOPE")
                        .param("reach", "UNIVERSAL")
                        .param("lifeDomains", "CHILDCARE")
                        .with(user(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        var error = java.util.regex.Pattern.compile("id=\"kind-error\"[^>]*>\\s*<div>([^<]*)<")
                .matcher(page);
        assertThat(error.find()).as("the kind field shows an error").isTrue();
        assertThat(error.group(1).strip())
                .isEqualTo("Deze waarde is niet geldig. Kies een van de voorgestelde waarden.");
        assertThat(page).doesNotContain("Failed to convert");
    }

    private MockHttpServletRequestBuilder partnerForm(MockHttpServletRequestBuilder request, String name) {
        return request.param("name", name)
                .param("kind", "CHILDCARE")
                .param("reach", "UNIVERSAL")
                .param("lifeDomains", "CHILDCARE");
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
