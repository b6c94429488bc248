package org.stiel.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.MeetingKind;
import org.stiel.meetings.Meetings;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * Past meetings page the newest first, upcoming ones the first coming first, without gaps or repeats when a meeting
 * is planned between two pages; another network sees none of them.
 */
@StielTest
class MeetingsPagingTests {

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
    Meetings meetings;

    private void meeting(NetworkId network, String title, LocalDate day) {
        var form = new MeetingForm();
        form.setTitle(title);
        form.setKind(MeetingKind.NETWORK_MEETING);
        form.setDate(day);
        form.setStartTime(LocalTime.of(9, 30));
        form.setEndTime(LocalTime.of(11, 0));
        meetings.create(Actor.system(network, "Test"), form);
    }

    @Test
    void pastMeetingsPageNewestFirstWithoutGapsOrRepeatsWhileMeetingsAreAdded() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("meetings-paging").id();
        var member = fixtures.member(network, NetworkRole.VOLUNTEER);
        for (int i = 1; i <= 5; i++) {
            meeting(network, "Overleg " + i, LocalDate.of(2020, i, 10));
        }
        meeting(network, "Later overleg", LocalDate.of(2099, 1, 10));
        var first = mvc.perform(get("/api/v1/meetings?when=PAST&size=2").with(user(member)))
                .andExpect(status().isOk())
                .andReturn();
        List<String> seen = new ArrayList<>(titles(first));
        assertThat(seen).containsExactly("Overleg 5", "Overleg 4");
        meeting(network, "Nieuwer overleg", LocalDate.of(2020, 6, 1)); // before the cursor: not repeated
        meeting(network, "Tussen overleg", LocalDate.of(2020, 2, 20)); // after it: in its place
        String next = next(first);
        while (next != null) {
            var page = mvc.perform(get(next).with(user(member)))
                    .andExpect(status().isOk())
                    .andReturn();
            seen.addAll(titles(page));
            next = next(page);
        }
        assertThat(seen)
                .containsExactly("Overleg 5", "Overleg 4", "Overleg 3", "Tussen overleg", "Overleg 2", "Overleg 1");
        mvc.perform(get("/api/v1/meetings?when=UPCOMING").with(user(member)))
                .andExpect(jsonPath("$[*].title").value(org.hamcrest.Matchers.contains("Later overleg")));

        // the page: 25 past ones (7 above and 18 of these), then "more" for the past list only; htmx gets the rows
        // alone
        for (int i = 1; i <= 25; i++) {
            meeting(network, "Oud overleg %02d".formatted(i), LocalDate.of(2010, 1, i));
        }
        String html = mvc.perform(get("/meetings").with(user(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Later overleg", "Overleg 5", "Oud overleg 08")
                .doesNotContain("Oud overleg 07");
        var more = Pattern.compile("href=\"(/meetings\\?list=past[^\"]+)\"").matcher(html);
        assertThat(more.find()).isTrue();
        String rows = mvc.perform(get(more.group(1).replace("&amp;", "&"))
                        .header("HX-Request", "true")
                        .with(user(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rows).contains("Oud overleg 07", "Oud overleg 01").doesNotContain("Oud overleg 08", "<html");
    }

    @Test
    void anotherNetworkPagesNothingOfTheMeetings() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("meetings-paging-own").id();
        var stranger = fixtures.member(fixtures.network("meetings-paging-other").id(), NetworkRole.COORDINATOR);
        String secret = TestNetworks.unique("Geheim overleg");
        meeting(mine, secret, LocalDate.of(2021, 3, 3));
        for (String path : new String[] {
            "/api/v1/meetings?when=PAST", "/api/v1/meetings/hostings", "/api/v1/meetings?when=UPCOMING"
        }) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }
        String html = mvc.perform(get("/meetings?list=past&size=1").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(secret);
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
