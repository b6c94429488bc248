package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;

@StielTest
class FeedTests {

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

    @Autowired
    PartnerFeedListener listener;

    @Test
    void anEventDeliveredTwiceShowsOnce() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("feed-twice").id();
        var id = fixtures.partner(network, TestNetworks.unique("Inloopteam"), "Inloop");
        var created = awaitEntries(network, 1).getFirst();

        listener.on(new org.stiel.partners.PartnerRegistered(
                network, id, created.subjectName(), created.actorName(), created.occurredAt()));

        assertThat(feed.latest(network, 10)).hasSize(1);
    }

    @Test
    void showsCreationAndChangesNewestFirstInThePartnersNetworksOnly() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var home = fixtures.network("feed-thuis").id();
        var shared = fixtures.network("feed-gedeeld").id();
        var outside = fixtures.network("feed-buiten").id();
        String name = TestNetworks.unique("Speelpleinwerking");
        var id = fixtures.partner(home, name, "Zomerse speelpleinen");
        partners.addToNetwork(Actor.system(shared, "Test"), id, false);
        var coordinator = fixtures.member(home, NetworkRole.COORDINATOR);
        awaitEntries(home, 1);
        awaitEntries(shared, 1);

        PartnerForm form = partners.form(home, id);
        form.setDescription("Speelpleinen in juli en augustus");
        form.setInterests("Vrijwilligers vinden");
        partners.update(coordinator, id, form);

        List<FeedEntry> entries = awaitEntries(home, 2);
        assertThat(entries).extracting(FeedEntry::action).containsExactly(FeedEntry.UPDATED, FeedEntry.CREATED);
        assertThat(entries.get(0).changes()).containsExactly("description", "interests");
        assertThat(entries.get(0).actorName()).isEqualTo("Test COORDINATOR");
        assertThat(entries.get(1).actorName()).isEqualTo("Test");
        assertThat(entries.get(0).occurredAt()).isAfter(entries.get(1).occurredAt());
        // the other network sees the shared record change, not this network's own interests
        var seenElsewhere = awaitEntries(shared, 2).get(0);
        assertThat(seenElsewhere.changes()).containsExactly("description");
        // ... and which network changed it, not who: the coordinator is a person of another network
        assertThat(seenElsewhere.actorName()).isEqualTo(networks.get(home).name());
        assertThat(feed.latest(outside, 50)).isEmpty();

        String html = mvc.perform(get("/feed").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("href=\"/partners/" + id + "\"", name, "Beschrijving", "Belangen");
        assertThat(html.indexOf("wijzigde partner")).isLessThan(html.indexOf("voegde partner toe"));

        var stranger = fixtures.member(outside, NetworkRole.VOLUNTEER);
        String elsewhere = mvc.perform(get("/feed").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(elsewhere).doesNotContain(name).contains("Nog niets nieuws.");
    }

    @Test
    void pagesBackInTime() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("feed-pagina").id();
        for (int i = 0; i < 3; i++) {
            fixtures.partner(network, "Partner " + i, "Voor de paginering");
        }
        var all = awaitEntries(network, 3);
        var page = feed.page(network, Paging.first(2));
        assertThat(page.items()).hasSize(2);
        assertThat(feed.page(network, new Paging(page.next().orElseThrow(), 2)).items())
                .containsExactly(all.get(2));
    }

    private List<FeedEntry> awaitEntries(NetworkId network, int count) {
        // the listener runs asynchronously after the partner's transaction committed
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> feed.latest(network, 50), entries -> entries.size() >= count);
    }
}
