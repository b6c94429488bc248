package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.MoreLinks;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * What's new a page at a time, newest first: every entry once, also entries of the very same instant on both sides
 * of a page's end, and also when entries arrive between two pages.
 */
@StielTest
class FeedPagingTests {

    private static final Pattern SUBJECT = Pattern.compile(">(Bericht \\d+)</a>");
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    FeedEntries entries;

    @Test
    void theNextPageContinuesWithoutGapsOrRepeatsUnderInserts() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("feed-paging").id();
        // 1 is the newest; 3, 4 and 5 share one instant, so a page of three ends between them
        add(network, 1, T.plusSeconds(50));
        add(network, 2, T.plusSeconds(40));
        add(network, 3, T.plusSeconds(30));
        add(network, 4, T.plusSeconds(30));
        add(network, 5, T.plusSeconds(30));
        add(network, 6, T.plusSeconds(20));
        add(network, 7, T.plusSeconds(10));
        StielUser member = fixtures.member(network, NetworkRole.VOLUNTEER);

        String first = html(member, "/feed?size=3");
        List<String> seen = new ArrayList<>(subjects(first));
        assertThat(seen).hasSize(3).startsWith("Bericht 1", "Bericht 2");
        // a new entry on top must not push one of the first page onto the next; an old one comes where it belongs
        add(network, 8, T.plusSeconds(60));
        add(network, 9, T.plusSeconds(15));

        String next = MoreLinks.more(first);
        assertThat(next).startsWith("/feed?").contains("size=3", "after=");
        while (next != null) {
            String page = html(member, next);
            seen.addAll(subjects(page));
            next = MoreLinks.more(page);
        }
        assertThat(seen)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(
                        "Bericht 1",
                        "Bericht 2",
                        "Bericht 3",
                        "Bericht 4",
                        "Bericht 5",
                        "Bericht 6",
                        "Bericht 9",
                        "Bericht 7");
        assertThat(seen.subList(0, 2)).containsExactly("Bericht 1", "Bericht 2");
        assertThat(seen.subList(2, 5)).containsExactlyInAnyOrder("Bericht 3", "Bericht 4", "Bericht 5");
        assertThat(seen.subList(5, 8)).containsExactly("Bericht 6", "Bericht 9", "Bericht 7");

        assertThat(html(member, "/feed?size=3")).contains("Bericht 8");
    }

    @Test
    void htmxGetsTheNextEntriesAlone() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("feed-htmx").id();
        for (int i = 1; i <= 5; i++) {
            add(network, i, T.minusSeconds(i));
        }
        StielUser member = fixtures.member(network, NetworkRole.COORDINATOR);
        String next = MoreLinks.more(html(member, "/feed?size=2"));

        String items = mvc.perform(
                        get(URI.create(next)).header("HX-Request", "true").with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(items).doesNotContain("<html", "<ol").contains("<li class=\"list-group-item");
        assertThat(subjects(items)).containsExactly("Bericht 3", "Bericht 4");
        assertThat(MoreLinks.more(items)).contains("after=");
    }

    @Test
    void anotherNetworkPagesThroughNoneOfIt() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId mine = fixtures.network("feed-paging-mine").id();
        for (int i = 1; i <= 3; i++) {
            add(mine, i, T.minusSeconds(i));
        }
        StielUser insider = fixtures.member(mine, NetworkRole.VOLUNTEER);
        String first = html(insider, "/feed?size=1");
        StielUser stranger =
                fixtures.member(fixtures.network("feed-paging-theirs").id(), NetworkRole.COORDINATOR);

        // even with the other network's cursor, the stranger's list is their own, empty network's
        String page = html(stranger, MoreLinks.more(first));
        assertThat(subjects(page)).isEmpty();
        assertThat(page).contains("Nog niets nieuws.");
        assertThat(feed(stranger)).isEmpty();
    }

    private List<String> feed(StielUser user) throws Exception {
        return subjects(html(user, "/feed"));
    }

    private void add(NetworkId network, int number, Instant at) {
        entries.add(
                network,
                new FeedEntry(
                        UUID.randomUUID(),
                        at,
                        "Tester",
                        FeedEntry.PARTNER,
                        UUID.randomUUID(),
                        "Bericht " + number,
                        FeedEntry.CREATED,
                        List.of()));
    }

    private String html(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> subjects(String html) {
        return MoreLinks.matches(SUBJECT, html);
    }
}
