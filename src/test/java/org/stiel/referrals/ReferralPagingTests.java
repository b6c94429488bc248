package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * Every list pages on (created_at, id), newest first: the next page continues exactly where the last one ended,
 * without gaps or repeats, also when a referral arrives between two pages; in the facade, the pages ("more") and the
 * API (Link header).
 */
@StielTest
class ReferralPagingTests {

    private static final Pattern LINE_ID =
            Pattern.compile("class=\"referral-line\">\\s*<th scope=\"row\"><a href=\"/referrals/([0-9a-f-]{36})\"");
    private static final Pattern MORE = Pattern.compile("class=\"paging-more\".*?href=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;
    ReferralRows rows;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        rows = new ReferralRows(jdbc, world.network);
    }

    /**
     * 23 referrals from the sender to the recipient in the tab, newest first; five share one moment, so that the id decides between them. Older than
     * anything the clock makes now: a referral sent during the test comes before them all.
     */
    private List<UUID> inTheTab(ReferralStatus status) {
        List<Row> made = new ArrayList<>();
        var base = Instant.parse("2024-05-01T08:00:00Z");
        for (int i = 0; i < 23; i++) {
            Instant at = i < 5 ? base : base.plusSeconds(60L * i);
            made.add(new Row(
                    rows.row(world.senderPartner, world.recipientPartner, status, at)
                            .insert(),
                    at));
        }
        // other tabs and other partners: never on these pages
        rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.CLOSED, base.plusSeconds(7))
                .insert();
        rows.row(world.thirdPartner, world.senderPartner, ReferralStatus.SENT, base.plusSeconds(9))
                .insert();
        return made.stream()
                .sorted(Comparator.comparing(Row::at)
                        // PostgreSQL orders uuids by their bytes, unsigned: as their text, not as UUID.compareTo
                        .thenComparing(row -> row.id().toString())
                        .reversed())
                .map(Row::id)
                .toList();
    }

    private record Row(UUID id, Instant at) {}

    @Test
    void theInboxContinuesWithoutGapsOrRepeatsWhenAReferralArrivesBetweenPages() {
        var expected = inTheTab(ReferralStatus.SENT);

        var first = inbox.received(world.recipient, Box.NEW, false, null, Paging.first(10));
        var arrived = world.sent();
        var second = inbox.received(world.recipient, Box.NEW, false, null, after(first, 10));
        var third = inbox.received(world.recipient, Box.NEW, false, null, after(second, 10));

        assertThat(first.items()).hasSize(10);
        assertThat(second.items()).hasSize(10);
        assertThat(third.items()).hasSize(3);
        assertThat(third.hasNext()).isFalse();
        List<UUID> seen = new ArrayList<>();
        for (var page : List.of(first, second, third)) {
            page.items().forEach(line -> seen.add(line.id().value()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(inbox.received(world.recipient, Box.NEW, false, null, Paging.first(10))
                        .items()
                        .getFirst()
                        .id())
                .as("the new one is on top of a fresh first page")
                .isEqualTo(arrived);
    }

    @Test
    void theSentListPagesWithItsDraftsUnderNew() {
        var expected = inTheTab(ReferralStatus.DRAFT);

        var first = inbox.sent(world.sender, Box.NEW, Paging.first(20));
        world.draft();
        var second = inbox.sent(world.sender, Box.NEW, after(first, 20));

        List<UUID> seen = new ArrayList<>();
        first.items().forEach(line -> seen.add(line.id().value()));
        second.items().forEach(line -> seen.add(line.id().value()));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(second.hasNext()).isFalse();
        assertThat(inbox.received(world.recipient, null, false, null, Paging.first(100)).items().stream()
                        .map(line -> line.id().value()))
                .as("drafts are the sender's alone")
                .hasSize(1)
                .doesNotContainAnyElementsOf(expected);
    }

    @Test
    void theInboxPageHasAMoreLinkThatWorksWithAndWithoutHtmx() throws Exception {
        var expected = inTheTab(ReferralStatus.ACCEPTED);

        String page = html(world.recipient, "/referrals?box=IN_PROGRESS&size=10", false);
        List<UUID> seen = new ArrayList<>(ids(page));
        String next = more(page);
        // a referral accepted just now: it belongs on top, not on the next page
        rows.row(world.senderPartner, world.recipientPartner, ReferralStatus.ACCEPTED, Instant.now())
                .insert();
        // without JavaScript: the link is a whole page
        String plain = html(world.recipient, next, false);
        assertThat(plain).contains("<h1");
        seen.addAll(ids(plain));
        // with htmx: the same URL answers the rows alone, ending with the next "more"
        String rowsOnly = html(world.recipient, more(plain), true);
        assertThat(rowsOnly).doesNotContain("<h1").doesNotContain("<table");
        seen.addAll(ids(rowsOnly));
        assertThat(MORE.matcher(rowsOnly).find())
                .as("the last page has no more")
                .isFalse();
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void theApiSendsTheNextPageInTheLinkHeader() throws Exception {
        var expected = inTheTab(ReferralStatus.OPENED);

        List<UUID> seen = new ArrayList<>();
        String url = "/api/v1/referrals/inbox?box=NEW&size=10";
        int pages = 0;
        while (url != null) {
            var answer = mvc.perform(get(url).with(user(world.recipient)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            List<String> ids = JsonPath.read(answer.getContentAsString(), "$[*].id");
            ids.forEach(id -> seen.add(UUID.fromString(id)));
            String link = answer.getHeader(HttpHeaders.LINK);
            url = link == null ? null : next(link);
            if (pages++ == 0) {
                world.sent();
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);

        // the sent list the same way
        List<UUID> sent = new ArrayList<>();
        url = "/api/v1/referrals/sent?box=NEW&size=20";
        while (url != null) {
            var answer = mvc.perform(get(url).with(user(world.third)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            List<String> ids = JsonPath.read(answer.getContentAsString(), "$[*].id");
            ids.forEach(id -> sent.add(UUID.fromString(id)));
            String link = answer.getHeader(HttpHeaders.LINK);
            url = link == null ? null : next(link);
        }
        assertThat(sent).hasSize(1);
    }

    @Test
    void theNotificationsPageListsReadAndUnreadNewestFirstAndMarksAllRead() throws Exception {
        var first = world.sent();
        referrals.read(world.recipient, first, false);
        var second = world.sent();

        var notices = inbox.notifications(world.recipient, Paging.first(1));
        assertThat(notices.items()).extracting(n -> n.referral()).containsExactly(second);
        var rest = inbox.notifications(world.recipient, after(notices));
        assertThat(rest.items()).extracting(n -> n.referral()).containsExactly(first);
        assertThat(rest.items().getFirst().unread())
                .as("read by opening the referral")
                .isFalse();
        assertThat(inbox.latestNotices(world.recipient))
                .extracting(n -> n.referral())
                .containsExactly(second);

        String page = html(world.recipient, "/referrals/notifications", false);
        assertThat(page).contains(first.toString()).contains(second.toString());
        String inboxPage = html(world.recipient, "/referrals", false);
        assertThat(inboxPage).contains("href=\"/referrals/notifications\"");

        inbox.markNotificationsRead(world.recipient);
        assertThat(inbox.counts(world.recipient).unreadNotifications()).isZero();
        assertThat(inbox.notifications(world.recipient, Paging.first()).items())
                .as("read ones stay on the page")
                .hasSize(2);
    }

    private static Paging after(ListPage<?> page, int size) {
        Cursor cursor = page.next().orElseThrow();
        return new Paging(cursor, size);
    }

    private static Paging after(ListPage<?> page) {
        return after(page, 1);
    }

    private String html(StielUser user, String url, boolean htmx) throws Exception {
        var request = get(url).with(user(user));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<UUID> ids(String html) {
        List<UUID> ids = new ArrayList<>();
        var matcher = LINE_ID.matcher(html);
        while (matcher.find()) {
            ids.add(UUID.fromString(matcher.group(1)));
        }
        return ids;
    }

    private static String more(String html) {
        var matcher = MORE.matcher(html);
        assertThat(matcher.find()).as("a more link").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String next(String link) {
        var matcher = LINK.matcher(link);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
