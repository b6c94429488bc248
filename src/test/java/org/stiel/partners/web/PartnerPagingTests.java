package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stiel.MoreLinks;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;

/**
 * The partner list a page at a time, as a person follows "more" and as an API client follows the Link header: every
 * partner once, in name order, also when partners are added between two pages.
 */
@StielTest
class PartnerPagingTests {

    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"/partners/[^\"]+\">([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void theNextPageContinuesWithoutGapsOrRepeatsWhenAPartnerIsAddedBetweenPages() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("partners-paging").id();
        for (String name : List.of("Golf", "Alfa", "Echo", "Charlie", "Bravo", "Foxtrot", "Delta")) {
            fixtures.partner(network, name, "Voor de paginering");
        }
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR);

        String first = html(coordinator, "/partners?size=3");
        assertThat(names(first)).containsExactly("Alfa", "Bravo", "Charlie");
        assertThat(first).contains("7 partners gevonden");
        // one before the page already seen, one after it: the first must not come back, the second must come once
        fixtures.partner(network, "Aap", "Tussen twee pagina's toegevoegd");
        fixtures.partner(network, "Eend", "Tussen twee pagina's toegevoegd");

        List<String> seen = new ArrayList<>(names(first));
        String next = MoreLinks.more(first);
        assertThat(next).startsWith("/partners?").contains("size=3", "after=");
        while (next != null) {
            String page = html(coordinator, next);
            seen.addAll(names(page));
            next = MoreLinks.more(page);
        }
        assertThat(seen).containsExactly("Alfa", "Bravo", "Charlie", "Delta", "Echo", "Eend", "Foxtrot", "Golf");
    }

    @Test
    void theApiPagesWithALinkHeaderAndStaysStableUnderInserts() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("partners-api-paging").id();
        for (String name : List.of("Eik", "Beuk", "Linde", "Hazelaar", "Berk")) {
            fixtures.partner(network, name, "Bomen");
        }
        StielUser staff = fixtures.member(network, NetworkRole.VOLUNTEER);

        MvcResult first = api(staff, "/api/v1/partners?size=2");
        assertThat(jsonNames(first)).containsExactly("Berk", "Beuk");
        fixtures.partner(network, "Iep", "Tussen twee pagina's toegevoegd");
        fixtures.partner(network, "Acacia", "Tussen twee pagina's toegevoegd");

        List<String> seen = new ArrayList<>(jsonNames(first));
        String next = MoreLinks.next(first);
        assertThat(next).startsWith("/api/v1/partners?size=2&after=");
        while (next != null) {
            MvcResult page = api(staff, next);
            seen.addAll(jsonNames(page));
            next = MoreLinks.next(page);
        }
        assertThat(seen).containsExactly("Berk", "Beuk", "Eik", "Hazelaar", "Iep", "Linde");
    }

    @Test
    void aSearchIsPagedInOrderOfRelevanceWithEveryMatchOnce() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("partners-search-paging").id();
        fixtures.partner(network, "Speelotheek Noord", "Speelgoed lenen, speelgoed ruilen, speelgoed herstellen.");
        fixtures.partner(network, "Bibliotheek", "Boeken en af en toe speelgoed.");
        fixtures.partner(network, "Speelplein Zuid", "Zomerwerking met speelgoed.");
        fixtures.partner(network, "Speelgoedbank", "Speelgoed voor wie het nodig heeft.");
        fixtures.partner(network, "Turnclub", "Sport voor kinderen.");
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var search = new PartnerSearch("speelgoed", null, null, null, null);
        List<String> unpaged = partners.search(network, search).stream()
                .map(PartnerSummary::name)
                .toList();
        assertThat(unpaged).hasSize(4).doesNotContain("Turnclub");

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/partners?q=speelgoed&size=1";
        while (next != null) {
            MvcResult page = api(coordinator, next);
            seen.addAll(jsonNames(page));
            next = MoreLinks.next(page);
        }
        assertThat(seen).containsExactlyElementsOf(unpaged);
    }

    @Test
    void htmxGetsTheNextRowsAloneEndingInTheNextMoreRow() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("partners-htmx-paging").id();
        for (String name : List.of("Een", "Twee", "Drie", "Vier", "Vijf")) {
            fixtures.partner(network, name, "Getallen");
        }
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        String next = MoreLinks.more(html(coordinator, "/partners?size=2"));

        String rows = mvc.perform(
                        get(URI.create(next)).header("HX-Request", "true").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(rows).doesNotContain("<html", "<table", "partner-count");
        assertThat(names(rows)).containsExactly("Twee", "Vier");
        assertThat(rows).contains("paging-more", "hx-get=");
        assertThat(MoreLinks.more(rows)).contains("after=");
    }

    @Test
    void aTamperedCursorOrSizeIsABadRequest() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        StielUser coordinator =
                fixtures.member(fixtures.network("partners-bad-cursor").id(), NetworkRole.COORDINATOR);
        mvc.perform(get("/api/v1/partners?after=bm90LWEtY3Vyc29y").with(user(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/partners?size=1000").with(user(coordinator))).andExpect(status().isBadRequest());
        mvc.perform(get("/partners").param("after", "%%%").with(user(coordinator)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherNetworkPagesThroughNoneOfThem() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId mine = fixtures.network("partners-paging-mine").id();
        String name = TestNetworks.unique("Eigen partner");
        fixtures.partner(mine, name, "Alleen hier");
        StielUser stranger =
                fixtures.member(fixtures.network("partners-paging-theirs").id(), NetworkRole.COORDINATOR);

        MvcResult answer = api(stranger, "/api/v1/partners?size=100");
        assertThat(jsonNames(answer)).isEmpty();
        assertThat(answer.getResponse().getHeader(HttpHeaders.LINK)).isNull();
        // a cursor only says where to continue: whatever it holds, the list stays the reader's network's
        String page = html(
                stranger, "/partners?after=" + Cursor.of("a", UUID.randomUUID()).token());
        assertThat(page).doesNotContain(name).contains("Geen partners gevonden");
    }

    private String html(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MvcResult api(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        var matcher = ROW.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> jsonNames(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].name");
    }
}
