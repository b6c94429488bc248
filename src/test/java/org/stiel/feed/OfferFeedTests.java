package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
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
import org.stiel.offer.OfferRegistered;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.Partners;

/** Offer changes on "what's new": in every network of the offer's partner, with translated field names. */
@StielTest
class OfferFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    @Autowired
    Feed feed;

    @Autowired
    OfferFeedListener listener;

    @Test
    void showsNewAndChangedOffersInThePartnersNetworksOnceEach() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var home = fixtures.network("offer-feed").id();
        var shared = fixtures.network("offer-feed").id();
        var partner = fixtures.partner(home, TestNetworks.unique("Speelotheek"), "Test");
        partners.addToNetwork(Actor.system(shared, "Test"), partner, false);
        var staff = fixtures.member(home, NetworkRole.PARTNER_STAFF, partner);
        int before = feed.latest(home, 50).size();
        String name = TestNetworks.unique("Spelnamiddag");
        var id = offers.register(Actor.system(home, "Test"), partner, TestOffers.weekly(name, LocalDate.now()));
        var created = awaitEntries(home, before + 1).getFirst();

        var form = offers.form(home, id);
        form.setDescription("Nieuwe spellen testen");
        form.setReducedTariff(true);
        offers.update(staff, id, form);

        var entries = awaitEntries(home, before + 2);
        assertThat(entries.get(0).subjectType()).isEqualTo(FeedEntry.OFFER);
        assertThat(entries.get(0).changes()).containsExactly("description", "reducedTariff");
        assertThat(entries.get(0).actorName()).isEqualTo("Test PARTNER_STAFF");
        assertThat(entries.get(1).action()).isEqualTo(FeedEntry.CREATED);
        // another network sees which network changed it, not who
        var elsewhere = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> feed.latest(shared, 50),
                        e -> e.stream()
                                .anyMatch(x -> x.action().equals("UPDATED")
                                        && x.subjectId().equals(id.value())));
        assertThat(elsewhere.getFirst().actorName())
                .isEqualTo(networks.get(home).name());

        // delivered again (a retry after a crash) it shows once
        listener.on(new OfferRegistered(home, id, partner, name, created.actorName(), created.occurredAt()));
        assertThat(feed.latest(home, 50)).hasSize(before + 2);

        String html = mvc.perform(get("/feed").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("href=\"/offers/" + id + "\"", name, "wijzigde aanbod", "voegde aanbod toe")
                .contains("Beschrijving", "Kansentarief (UiTPAS)");
    }

    private List<FeedEntry> awaitEntries(NetworkId network, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> feed.latest(network, 50), entries -> entries.size() >= count);
    }
}
