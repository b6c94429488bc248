package org.stiel.offer.hsds;

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
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** The import page lists the network's earlier uploads, newest first, a page at a time, to its coordinators only. */
@StielTest
class HsdsImportJobsPageTests {

    private static final Pattern FILE = Pattern.compile(">(upload-\\d+\\.json)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    HsdsExchange exchange;

    @Test
    void listsEarlierImportsNewestFirstAPageAtATime() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        NetworkId network = f.network("hsds-jobs").id();
        StielUser coordinator = f.member(network, NetworkRole.COORDINATOR);
        for (int i = 1; i <= 3; i++) {
            exchange.upload(coordinator, "upload-" + i + ".json", HsdsImportTests.bytes("[]"));
        }

        String first = html(coordinator, "/hsds/import?size=2");
        List<String> seen = new ArrayList<>(files(first));
        assertThat(seen).containsExactly("upload-3.json", "upload-2.json");
        exchange.upload(coordinator, "upload-4.json", HsdsImportTests.bytes("[]"));
        String next = MoreLinks.more(first);
        while (next != null) {
            String rows = mvc.perform(
                            get(URI.create(next)).header("HX-Request", "true").with(user(coordinator)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(rows).doesNotContain("<html", "<form");
            seen.addAll(files(rows));
            next = MoreLinks.more(rows);
        }
        assertThat(seen).containsExactly("upload-3.json", "upload-2.json", "upload-1.json");
    }

    @Test
    void anotherNetworkSeesNoneAndOnlyCoordinatorsSeeTheList() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        NetworkId mine = f.network("hsds-jobs-mine").id();
        StielUser coordinator = f.member(mine, NetworkRole.COORDINATOR);
        exchange.upload(coordinator, "upload-1.json", HsdsImportTests.bytes("[]"));
        exchange.upload(coordinator, "upload-2.json", HsdsImportTests.bytes("[]"));
        String cursor = MoreLinks.more(html(coordinator, "/hsds/import?size=1"));
        StielUser stranger = f.member(f.network("hsds-jobs-theirs").id(), NetworkRole.COORDINATOR);
        var partner = f.partner(mine, TestNetworks.unique("Partner"), "Test");
        StielUser staff = f.member(mine, NetworkRole.PARTNER_STAFF, partner);

        assertThat(files(html(stranger, "/hsds/import"))).isEmpty();
        assertThat(files(html(stranger, cursor))).isEmpty();
        mvc.perform(get(URI.create(cursor)).with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get(URI.create(cursor)).header("HX-Request", "true").with(user(staff)))
                .andExpect(status().isForbidden());
    }

    private String html(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> files(String html) {
        return MoreLinks.matches(FILE, html);
    }
}
