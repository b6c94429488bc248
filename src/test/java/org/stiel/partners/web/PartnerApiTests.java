package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.PersonalAccessTokens;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;

@StielTest
class PartnerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    PersonalAccessTokens tokens;

    TestNetworks fixtures;
    NetworkView network;
    StielUser coordinator;

    @BeforeEach
    void network() {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("api");
        coordinator = fixtures.member(network.id(), NetworkRole.COORDINATOR);
    }

    @Test
    void searchesWithTheSameFiltersAsThePage() throws Exception {
        var school = TestNetworks.form("Basisschool De Linde", "Onderwijs voor kinderen van drie tot twaalf.");
        school.setKind(PartnerKind.SCHOOL);
        school.setLifeDomains(EnumSet.of(LifeDomain.EDUCATION));
        partners.create(Actor.system(network.id(), "Test"), school);
        var club = TestNetworks.form("Voetbalclub De Linde", "Voetballen op zaterdag.");
        club.setKind(PartnerKind.SPORT);
        club.getLocations().get(0).setPostcode("9992");
        partners.create(Actor.system(network.id(), "Test"), club);

        mvc.perform(get("/api/v1/partners").param("q", "kind").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("Basisschool De Linde")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("Voetbalclub De Linde"))));
        mvc.perform(get("/api/v1/partners")
                        .param(
                                "municipality",
                                network.municipalities().get(1).id().toString())
                        .with(user(coordinator)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Voetbalclub De Linde"))
                .andExpect(jsonPath("$[0].kind").value("SPORT"))
                .andExpect(jsonPath("$[0].cities[0]").value("Eerste"));
        mvc.perform(get("/api/v1/partners")
                        .param("lifeDomain", "EDUCATION")
                        .param("kind", "SCHOOL")
                        .param("core", "false")
                        .with(user(coordinator)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].lifeDomains[0]").value("EDUCATION"));
        mvc.perform(get("/api/v1/partners").param("kind", "SUBMARINE").with(user(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void createsReadsAndReplacesAPartner() throws Exception {
        String location = mvc.perform(post("/api/v1/partners")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Huiswerkklas Noord", "kind": "VOLUNTEER_ORGANISATION",
                                 "lifeDomains": ["EDUCATION"], "core": true, "website": "https://huiswerk.example",
                                 "contacts": [{"name": "An Peeters", "email": "an@huiswerk.example"}]}
                                """)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/partners/")))
                .andExpect(jsonPath("$.name").value("Huiswerkklas Noord"))
                .andExpect(jsonPath("$.reach").value("UNIVERSAL"))
                .andExpect(jsonPath("$.core").value(true))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(location.substring(location.lastIndexOf('/') + 1)))
                .andExpect(jsonPath("$.contacts[0].email").value("an@huiswerk.example"));

        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Huiswerkklas Noord", "kind": "VOLUNTEER_ORGANISATION",
                                 "lifeDomains": ["EDUCATION", "MEETING_OTHERS"], "reach": "TARGETED"}
                                """)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reach").value("TARGETED"))
                .andExpect(jsonPath("$.contacts", hasSize(0)));
    }

    @Test
    void partnerStaffReplaceTheirOwnPartnerButNotItsCoreStatus() throws Exception {
        var own = fixtures.partner(network.id(), "Jeugdbeweging Sint-Jan", "Spelen op zondag");
        var other = fixtures.partner(network.id(), "Jeugdbeweging Sint-Pieter", "Spelen op zaterdag");
        var staff = fixtures.member(network.id(), NetworkRole.PARTNER_STAFF, own);
        String body = """
                {"name": "Jeugdbeweging Sint-Jan", "kind": "YOUTH_WORK", "lifeDomains": ["LEISURE"], "core": true}
                """;

        mvc.perform(put("/api/v1/partners/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("YOUTH_WORK"))
                .andExpect(jsonPath("$.core").value(false));
        mvc.perform(put("/api/v1/partners/" + other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/partners")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void describesTheCurrentNetwork() throws Exception {
        mvc.perform(get("/api/v1/networks/current").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(network.name()))
                .andExpect(jsonPath("$.slug").value(network.slug()))
                .andExpect(jsonPath("$.municipalities[*].name").value(hasItem("Tweede")))
                .andExpect(jsonPath("$.municipalities[0].postcodes[0]").value("9990"));
    }

    @Test
    void acceptsAPersonalAccessTokenWithoutCsrf() throws Exception {
        String token = tokens.create(coordinator, "test");
        mvc.perform(post("/api/v1/partners")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Gezinsbond Noord", "kind": "OTHER", "lifeDomains": ["PARENTING_SUPPORT"]}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/partners").param("q", "Gezinsbond").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Gezinsbond Noord"));
        mvc.perform(get("/api/v1/partners").header("Authorization", "Bearer stiel_wrong"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void documentsTheApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/v1/partners", "/api/v1/partners/{id}", "/api/v1/networks/current");
    }

    @Test
    void aStaleVersionIsAConflictAndNoVersionTheLastWriteWins() throws Exception {
        var id = fixtures.partner(network.id(), "Jeugdhuis Zonnedal", "Fuiven en huiswerk");
        long version = partners.get(network.id(), id).version();
        mvc.perform(get("/api/v1/partners/" + id.value()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version));
        String body = """
                {"name": "%s", "kind": "YOUTH_WORK", "lifeDomains": ["LEISURE"], "reach": "UNIVERSAL"%s}
                """;

        // with the current version: saved, and the answer carries the next one
        mvc.perform(put("/api/v1/partners/" + id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("Jeugdhuis De Bunker", ", \"version\": " + version))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jeugdhuis De Bunker"))
                .andExpect(jsonPath("$.version").value(version + 1));

        // the same version again is stale now: refused, nothing changed
        mvc.perform(put("/api/v1/partners/" + id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("Jeugdhuis Overschreven", ", \"version\": " + version))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/conflict"));
        assertThat(partners.get(network.id(), id).name()).isEqualTo("Jeugdhuis De Bunker");

        // without a version the client accepts to overwrite
        mvc.perform(put("/api/v1/partners/" + id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("Jeugdhuis Zonder Versie", ""))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jeugdhuis Zonder Versie"));
    }
}
