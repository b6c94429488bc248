package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.MoreLinks;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** The members list a page at a time, by name: everyone once, also when someone joins between two pages. */
@StielTest
class MembersPagingTests {

    private static final Pattern NAME = Pattern.compile("<td>(Lid [^<]+)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Test
    void theNextPageContinuesWithoutGapsOrRepeatsWhenSomeoneJoinsBetweenPages() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("members-paging").id();
        for (String name : List.of("Lid Fien", "Lid Bart", "Lid Els", "Lid Ann", "Lid Dirk", "Lid Cas")) {
            fixtures.member(network, NetworkRole.VOLUNTEER, name);
        }
        StielUser reader = fixtures.member(network, NetworkRole.STEERING_GROUP, "Zelf");

        String first = html(reader, "/members?size=3");
        assertThat(names(first)).containsExactly("Lid Ann", "Lid Bart", "Lid Cas");
        // one before the page already seen, one after it
        fixtures.member(network, NetworkRole.VOLUNTEER, "Lid Aap");
        fixtures.member(network, NetworkRole.VOLUNTEER, "Lid Eva");

        List<String> seen = new ArrayList<>(names(first));
        String next = MoreLinks.more(first);
        assertThat(next).startsWith("/members?").contains("after=");
        while (next != null) {
            String page = html(reader, next);
            seen.addAll(names(page));
            next = MoreLinks.more(page);
        }
        assertThat(seen)
                .containsExactly("Lid Ann", "Lid Bart", "Lid Cas", "Lid Dirk", "Lid Els", "Lid Eva", "Lid Fien");
    }

    @Test
    void htmxGetsTheNextRowsAloneAndOnlyCoordinatorsSeeAddresses() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId network = fixtures.network("members-htmx").id();
        for (String name : List.of("Lid A", "Lid B", "Lid C", "Lid D")) {
            fixtures.member(network, NetworkRole.VOLUNTEER, name);
        }
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Lid Z coordinator");
        StielUser volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Lid Y vrijwilliger");

        String rows = rows(coordinator, MoreLinks.more(html(coordinator, "/members?size=2")));
        assertThat(rows).doesNotContain("<html", "<table", "Iemand uitnodigen");
        assertThat(names(rows)).containsExactly("Lid C", "Lid D");
        assertThat(rows).contains("@stiel.example", "/remove");

        String asVolunteer = rows(volunteer, MoreLinks.more(html(volunteer, "/members?size=2")));
        assertThat(names(asVolunteer)).containsExactly("Lid C", "Lid D");
        assertThat(asVolunteer).doesNotContain("@stiel.example", "/remove");
    }

    @Test
    void anotherNetworkPagesThroughNoneOfThem() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        NetworkId mine = fixtures.network("members-paging-mine").id();
        fixtures.member(mine, NetworkRole.VOLUNTEER, "Lid Geheim");
        fixtures.member(mine, NetworkRole.VOLUNTEER, "Lid Verborgen");
        StielUser insider = fixtures.member(mine, NetworkRole.COORDINATOR, "Lid Binnen");
        String cursor = MoreLinks.more(html(insider, "/members?size=1"));
        StielUser stranger =
                fixtures.member(fixtures.network("members-paging-theirs").id(), NetworkRole.COORDINATOR);

        assertThat(names(html(stranger, "/members?size=100"))).isEmpty();
        assertThat(names(html(stranger, cursor))).isEmpty();
        assertThat(accounts.members(mine, org.stiel.platform.Paging.first()).items())
                .extracting(MemberView::displayName)
                .containsExactly("Lid Binnen", "Lid Geheim", "Lid Verborgen");
    }

    private String rows(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).header("HX-Request", "true").with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String html(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> names(String html) {
        return MoreLinks.matches(NAME, html);
    }
}
