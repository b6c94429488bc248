package org.stiel.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.governance.Bodies;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.DecisionSearch;
import org.stiel.governance.DecisionView;
import org.stiel.governance.Decisions;
import org.stiel.governance.GovernanceWorld;
import org.stiel.governance.MemberForm;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;

/**
 * The decision log and its search page without gaps or repeats, also when decisions are recorded between two pages;
 * the membership history pages too; another network sees none of it.
 */
@StielTest
class DecisionPagingTests {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Bodies bodies;

    @Autowired
    Decisions decisions;

    private void decide(GovernanceWorld w, String title, String why, LocalDate on) {
        decisions.record(w.coordinator, new DecisionForm(title, why, on, null), null);
    }

    @Test
    void theLogPagesNewestFirstWithoutGapsOrRepeatsWhileDecisionsAreRecorded() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        for (int i = 1; i <= 7; i++) {
            decide(w, "Beslissing " + i, null, LocalDate.of(2025, 3, i * 2));
        }
        var first = mvc.perform(get("/api/v1/governance/decisions?size=3").with(user(w.staff)))
                .andExpect(status().isOk())
                .andReturn();
        List<String> seen = new ArrayList<>(titles(first));
        assertThat(seen).containsExactly("Beslissing 7", "Beslissing 6", "Beslissing 5");
        decide(w, "Nieuwer", null, LocalDate.of(2025, 4, 1)); // before the cursor: on the first page, not repeated
        decide(w, "Tussendoor", null, LocalDate.of(2025, 3, 7)); // after it: shown in its place
        seen.addAll(rest(first, w));
        assertThat(seen)
                .containsExactly(
                        "Beslissing 7",
                        "Beslissing 6",
                        "Beslissing 5",
                        "Beslissing 4",
                        "Tussendoor",
                        "Beslissing 3",
                        "Beslissing 2",
                        "Beslissing 1");
        // two on one day: the last recorded first, and still no repeats across the page boundary
        decide(w, "Zelfde dag A", null, LocalDate.of(2024, 1, 1));
        decide(w, "Zelfde dag B", null, LocalDate.of(2024, 1, 1));
        List<String> all = new ArrayList<>();
        var page = decisions.search(w.network, DecisionSearch.all(), new Paging(null, 4));
        all.addAll(page.items().stream().map(DecisionView::title).toList());
        while (page.hasNext()) {
            page = decisions.search(
                    w.network, DecisionSearch.all(), new Paging(page.next().get(), 4));
            all.addAll(page.items().stream().map(DecisionView::title).toList());
        }
        assertThat(all).hasSize(11).doesNotHaveDuplicates().endsWith("Zelfde dag B", "Zelfde dag A");
    }

    @Test
    void theDutchSearchPagesItsMatchesBestFirstAndCountsThemAll() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        for (int i = 1; i <= 6; i++) {
            decide(
                    w,
                    "Speelpleinwerking " + i,
                    i % 2 == 0 ? "Over de speelpleinwerking in de zomer" : null,
                    LocalDate.of(2025, 5, i));
        }
        decide(w, "Begroting", "Niets over spelen", LocalDate.of(2025, 5, 10));
        var first = mvc.perform(get("/api/v1/governance/decisions?q=speelpleinwerkingen&size=2")
                        .with(user(w.staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn();
        List<String> seen = new ArrayList<>(titles(first));
        seen.addAll(rest(first, w));
        assertThat(seen).hasSize(6).doesNotHaveDuplicates().doesNotContain("Begroting");
        // the ones that name it in what and why rank first
        assertThat(seen.subList(0, 3))
                .containsExactlyInAnyOrder("Speelpleinwerking 6", "Speelpleinwerking 4", "Speelpleinwerking 2");
        assertThat(decisions.count(w.network, DecisionSearch.of("speelpleinwerking", null, null, null)))
                .isEqualTo(6);
        String html = mvc.perform(
                        get("/governance/decisions?q=speelpleinwerking&size=2").with(user(w.staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("6 beslissingen gevonden").contains("paging-more");
    }

    @Test
    void theMembershipHistoryPagesAndAnotherNetworkSeesNothing() throws Exception {
        var w = new GovernanceWorld(networks, accounts, partners, bodies);
        var other = new GovernanceWorld(networks, accounts, partners, bodies);
        bodies.addMember(
                w.coordinator, w.workingGroup, new MemberForm(w.otherPartner.value(), null, LocalDate.of(2023, 1, 1)));
        var first = mvc.perform(get("/api/v1/governance/bodies/" + w.workingGroup.value() + "/history?size=1")
                        .with(user(w.volunteer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].joinedOn").value("2023-01-01"))
                .andReturn();
        mvc.perform(get(next(first)).with(user(w.volunteer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].joinedOn").value("2024-01-01"));

        decide(w, "Geheime beslissing", "Alleen voor ons", LocalDate.of(2025, 1, 1));
        mvc.perform(get("/api/v1/governance/bodies/" + w.workingGroup.value() + "/history")
                        .with(user(other.coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/governance/decisions?q=geheime").with(user(other.coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(decisions
                        .search(other.network, DecisionSearch.all(), Paging.first())
                        .items())
                .extracting(DecisionView::title)
                .doesNotContain("Geheime beslissing");
    }

    private List<String> rest(MvcResult first, GovernanceWorld w) throws Exception {
        List<String> seen = new ArrayList<>();
        String next = next(first);
        while (next != null) {
            var page = mvc.perform(get(next).with(user(w.staff)))
                    .andExpect(status().isOk())
                    .andReturn();
            seen.addAll(titles(page));
            next = next(page);
        }
        return seen;
    }

    private static List<String> titles(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].title");
    }

    private static String next(MvcResult result) {
        String link = result.getResponse().getHeader("Link");
        if (link == null) {
            return null;
        }
        var matcher = NEXT.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
