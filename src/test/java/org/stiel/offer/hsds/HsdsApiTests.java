package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.offer.hsds.HsdsTaxonomy.Facet;
import org.stiel.partners.ContactForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/** Every HSDS endpoint answers schema-valid JSON without a login, with published offer only and no persons. */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    NetworkView network;
    PartnerId partner;
    OfferId published;
    OfferId hidden;
    OfferId ended;
    String word;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("hsds-api");
        var form = TestNetworks.form(TestNetworks.unique("Speelotheek"), "Speelgoed lenen.");
        var person = new ContactForm();
        person.setName("Griet Privépersoon");
        person.setEmail("griet.prive@stiel.example");
        person.setPhone("09 111 22 33");
        form.getContacts().add(person);
        partner = partners.create(Actor.system(network.id(), "Test"), form);
        var location = offers.locationsOf(network.id(), partner).getFirst().id();
        word = "Zwembadmoment" + Long.toString(System.nanoTime(), 36);
        var offer = TestOffers.weekly(word + " voor peuters", LocalDate.now().plusDays(3));
        offer.setLocationIds(List.of(location));
        offer.setContactEmail("onthaal@speelotheek.example");
        offer.setContactPhone("09 222 33 44");
        offer.setLanguages(List.of("nl", "fr"));
        published = offers.register(Actor.system(network.id(), "Test"), partner, offer);
        var secret = TestOffers.weekly(word + " verborgen", LocalDate.now().plusDays(3));
        secret.setPublished(false);
        hidden = offers.register(Actor.system(network.id(), "Test"), partner, secret);
        var over = TestOffers.weekly(word + " afgelopen", LocalDate.now().plusDays(3));
        over.setStatus(OfferStatus.ENDED);
        ended = offers.register(Actor.system(network.id(), "Test"), partner, over);
    }

    private JsonNode json(String url) throws Exception {
        var body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        body.setCharacterEncoding("UTF-8");
        return HsdsSchemas.parse(body.getContentAsString());
    }

    private String scoped(String path) {
        return path + (path.contains("?") ? "&" : "?") + "network=" + network.slug();
    }

    @Test
    void rootNamesTheVersion() throws Exception {
        var root = json("/api/hsds/");
        assertThat(root.path("version").asText()).isEqualTo("3.0");
        assertThat(root.path("openapi_url").asText()).endsWith("/v3/api-docs");
    }

    @Test
    void servicesAreSchemaValidInEveryShape() throws Exception {
        var list = json(scoped("/api/hsds/services"));
        HsdsSchemas.assertValidPage("compiled/service_list.json", list);
        assertThat(names(list)).contains(word + " voor peuters").noneMatch(n -> n.contains("verborgen"));
        HsdsSchemas.assertValidPage("service.json", json(scoped("/api/hsds/services?full=true")));
        HsdsSchemas.assertValidPage("compiled/service_list.json", json(scoped("/api/hsds/services?minimal=true")));
        var one = json("/api/hsds/services/" + published.value());
        HsdsSchemas.assertValid("service.json", one);
        assertThat(one.path("schedules").get(0).path("freq").asText()).isEqualTo("WEEKLY");
        assertThat(one.path("schedules").get(0).path("byday").asText()).isEqualTo("TU");
        assertThat(one.path("languages")).hasSize(2);
        assertThat(one.path("service_at_locations")
                        .get(0)
                        .path("location")
                        .path("addresses")
                        .get(0)
                        .path("postal_code")
                        .asText())
                .isEqualTo("9990");
        // the offer's functional contact is published, the partner's contact person is not
        assertThat(one.toString()).contains("onthaal@speelotheek.example").doesNotContain("Griet", "griet.prive");
    }

    @Test
    void theDemoSearchIsSchemaValid() throws Exception {
        var page = json("/api/hsds/services?search=spelen&per_page=100");
        HsdsSchemas.assertValidPage("compiled/service_list.json", page);
        HsdsSchemas.assertValidPage("service.json", json("/api/hsds/services?full=true&per_page=100"));
    }

    @Test
    void anEndedOfferIsGoneAsOnTheFamiliesPages() throws Exception {
        mvc.perform(get("/api/hsds/services/" + ended.value())).andExpect(status().isNotFound());
        mvc.perform(get("/aanbod/" + ended.value())).andExpect(status().isNotFound());
        assertThat(json(scoped("/api/hsds/services?search=" + word)).toString())
                .contains(published.value().toString())
                .doesNotContain(ended.value().toString());
        assertThat(json("/api/hsds/organizations/" + partner.value()).toString())
                .doesNotContain(ended.value().toString());
    }

    @Test
    void unpublishedOfferIsNotFound() throws Exception {
        mvc.perform(get("/api/hsds/services/" + hidden.value())).andExpect(status().isNotFound());
        var problem = mvc.perform(get("/api/hsds/services/" + hidden.value()))
                .andReturn()
                .getResponse();
        assertThat(problem.getContentType()).contains("problem+json");
    }

    @Test
    void searchFindsAMisspeltNameAndPagesAreConsistent() throws Exception {
        // one letter off in the unique word still finds the offer
        String typo = word.substring(0, 4) + "x" + word.substring(5);
        assertThat(names(json(scoped("/api/hsds/services?search=" + typo)))).contains(word + " voor peuters");
        var page = json("/api/hsds/services?per_page=2&page=2");
        assertThat(page.path("page_number").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("first_page").asBoolean()).isFalse();
        int total = page.path("total_items").asInt();
        assertThat(page.path("total_pages").asInt()).isEqualTo((total + 1) / 2);
        var last = json(
                "/api/hsds/services?per_page=2&page=" + page.path("total_pages").asInt());
        assertThat(last.path("last_page").asBoolean()).isTrue();
        mvc.perform(get("/api/hsds/services?per_page=1000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/hsds/services?network=bestaat-niet")).andExpect(status().isNotFound());
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        var meeting = HsdsTaxonomy.term(Facet.LIFE_DOMAIN, LifeDomain.MEETING_OTHERS.name())
                .id();
        var housing =
                HsdsTaxonomy.term(Facet.LIFE_DOMAIN, LifeDomain.HOUSING.name()).id();
        assertThat(names(json(scoped("/api/hsds/services?taxonomy_term_id=" + meeting))))
                .contains(word + " voor peuters");
        assertThat(names(json(scoped("/api/hsds/services?taxonomy_term_id=" + housing))))
                .isEmpty();
        var toddlers = HsdsTaxonomy.terms().stream()
                .filter(t -> t.code().equals("TODDLER"))
                .findFirst()
                .orElseThrow();
        assertThat(names(json(scoped("/api/hsds/services?taxonomy_term_id=" + toddlers.id()))))
                .hasSize(1);
        var ages = HsdsTaxonomy.taxonomy(Facet.AGE_GROUP).id();
        assertThat(names(json(scoped("/api/hsds/services?taxonomy_id=" + ages))))
                .hasSize(1);
        assertThat(names(json(scoped("/api/hsds/services?organization_id=" + partner.value()))))
                .hasSize(1);
        assertThat(names(json(scoped("/api/hsds/services?modified_after=2999-01-01T00:00:00Z"))))
                .isEmpty();
        assertThat(names(json(scoped("/api/hsds/services?modified_after=2000-01-01T00:00:00Z"))))
                .hasSize(1);
    }

    @Test
    void organizationsAndPlaces() throws Exception {
        var orgs = json(scoped("/api/hsds/organizations"));
        HsdsSchemas.assertValidPage("compiled/organization_list.json", orgs);
        assertThat(orgs.path("total_items").asInt()).isEqualTo(1);
        HsdsSchemas.assertValidPage("organization.json", json(scoped("/api/hsds/organizations?full=true")));
        var org = json("/api/hsds/organizations/" + partner.value());
        HsdsSchemas.assertValid("organization.json", org);
        assertThat(org.toString()).doesNotContain("Griet", "griet.prive", "111 22 33");
        assertThat(org.path("services")).hasSize(1);

        var places = json(scoped("/api/hsds/service_at_locations"));
        HsdsSchemas.assertValidPage("compiled/service_at_location_list.json", places);
        assertThat(places.path("contents")).hasSize(1);
        HsdsSchemas.assertValidPage(
                "service_at_location.json", json(scoped("/api/hsds/service_at_locations?full=true")));
        assertThat(json(scoped("/api/hsds/service_at_locations?postcode=9990")).path("contents"))
                .hasSize(1);
        assertThat(json(scoped("/api/hsds/service_at_locations?postcode=9992")).path("contents"))
                .isEmpty();
        String id = places.path("contents").get(0).path("id").asText();
        HsdsSchemas.assertValid("service_at_location.json", json("/api/hsds/service_at_locations/" + id));
    }

    @Test
    void taxonomiesAndTerms() throws Exception {
        var taxonomies = json("/api/hsds/taxonomies");
        HsdsSchemas.assertValidPage("taxonomy.json", taxonomies);
        assertThat(names(taxonomies)).contains("Levensdomeinen", "Pijlers", "Doelgroepen", "Leeftijdsgroepen");
        var ages = HsdsTaxonomy.taxonomy(Facet.AGE_GROUP).id();
        HsdsSchemas.assertValid("taxonomy.json", json("/api/hsds/taxonomies/" + ages));
        var terms = json("/api/hsds/taxonomy_terms?per_page=100");
        HsdsSchemas.assertValidPage("taxonomy_term.json", terms);
        var top = json("/api/hsds/taxonomy_terms?top_only=true&per_page=100&taxonomy_id=" + ages);
        assertThat(names(top)).contains("0 tot 3 jaar").doesNotContain("Peuters (1 tot 3 jaar)");
        var young = HsdsTaxonomy.terms().stream()
                .filter(t -> t.code().equals("AGE_0_3"))
                .findFirst()
                .orElseThrow();
        assertThat(names(json("/api/hsds/taxonomy_terms?parent_id=" + young.id())))
                .containsExactly("Baby's (0 tot 1 jaar)", "Peuters (1 tot 3 jaar)");
        var term = json("/api/hsds/taxonomy_terms/" + young.id());
        HsdsSchemas.assertValid("taxonomy_term.json", term);
        // ids are name-based: the same in every installation
        assertThat(term.path("id").asText())
                .isEqualTo(HsdsIds.v5("taxonomy_term:AGE_GROUP:AGE_0_3").toString());
        assertThat(term.path("description").asText()).isEqualTo("0 to 3 years");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("contents").forEach(n -> names.add(n.path("name").asText()));
        return names;
    }
}
