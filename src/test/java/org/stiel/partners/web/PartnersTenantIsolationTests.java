package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.feed.Feed;
import org.stiel.feed.FeedEntry;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** A network sees nothing of another network's partners, whichever way it asks. */
@StielTest
class PartnersTenantIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Feed feed;

    @Test
    void anotherNetworksCoordinatorNeitherFindsNorChangesThePartner() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen");
        var theirs = fixtures.network("vreemd");
        String name = TestNetworks.unique("Geheime partner");
        var id = fixtures.partner(mine.id(), name, "Alleen voor het eigen netwerk");
        var stranger = fixtures.member(theirs.id(), NetworkRole.COORDINATOR);
        fixtures.partner(theirs.id(), "Eigen partner van de vreemde", "Om de lijst niet leeg te laten");

        mvc.perform(get("/partners/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/partners/" + id + "/edit").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/partners/" + id)
                        .param("name", "Overgenomen")
                        .param("kind", "OTHER")
                        .param("reach", "UNIVERSAL")
                        .param("lifeDomains", "LEISURE")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partners/" + id).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/partners/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Overgenomen\", \"kind\": \"OTHER\", \"lifeDomains\": [\"LEISURE\"]}")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(partners.get(mine.id(), id).name()).isEqualTo(name);

        for (String list : new String[] {"/partners", "/partners?q=Geheime", "/partners?lifeDomain=LEISURE"}) {
            assertThat(html(list, stranger)).doesNotContain(name).doesNotContain(id.toString());
        }
        mvc.perform(get("/api/v1/partners").with(user(stranger)))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))))
                .andExpect(jsonPath("$[*].name").value(hasItem("Eigen partner van de vreemde")));
        mvc.perform(get("/api/v1/partners").param("q", "Geheime").with(user(stranger)))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));

        // the partner offers meeting others in "Eerste" of its own network only
        var coverage = partners.coverage(theirs.id());
        assertThat(coverage.rows().stream().flatMap(r -> r.counts().stream())).doesNotContain(2);
        assertThat(html("/partners/coverage", stranger)).contains("Eerste");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> feed.latest(mine.id(), 20).stream()
                        .map(FeedEntry::subjectName)
                        .anyMatch(name::equals));
        assertThat(feed.latest(theirs.id(), 50))
                .extracting(FeedEntry::subjectName)
                .doesNotContain(name);
        assertThat(html("/feed", stranger)).doesNotContain(name).contains("Eigen partner van de vreemde");
    }

    private String html(String path, org.stiel.accounts.StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
