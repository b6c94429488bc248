package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.stiel.StielModuleTest;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferRegistered;
import org.stiel.offer.OfferUpdated;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerRegistered;
import org.stiel.partners.PartnerUpdated;

/**
 * The partner directory's and the offer's events ({@link PartnerFeedListener}, {@link OfferFeedListener}) make lines
 * with who did it and which fields changed, in the event's network only, once each.
 */
@StielModuleTest
class DirectoryFeedListenerTests {

    @Autowired
    Networks networks;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnersAddedAndChangedShowInTheirNetworkOnly(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var partner = new PartnerId(UUID.randomUUID());
        var at = Instant.parse("2026-11-03T10:00:00Z");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(new PartnerRegistered(network, partner, "De Speelvogel", "Anna", at));
                        events.publishEvent(new PartnerUpdated(
                                network, partner, "De Speelvogel", "Bram", List.of("description"), at.plusSeconds(5)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(
                                FeedEntry::subjectType,
                                FeedEntry::action,
                                FeedEntry::actorName,
                                FeedEntry::changes,
                                FeedEntry::path)
                        .containsExactly(
                                tuple(
                                        FeedEntry.PARTNER,
                                        FeedEntry.UPDATED,
                                        "Bram",
                                        List.of("description"),
                                        "/partners/" + partner.value()),
                                tuple(
                                        FeedEntry.PARTNER,
                                        FeedEntry.CREATED,
                                        "Anna",
                                        List.of(),
                                        "/partners/" + partner.value())));
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }

    @Test
    void offersAddedAndChangedShowOnceEachInTheirNetworkOnly(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var offer = new OfferId(UUID.randomUUID());
        var partner = new PartnerId(UUID.randomUUID());
        var at = Instant.parse("2026-11-03T11:00:00Z");
        var registered = new OfferRegistered(network, offer, partner, "Babymassage", "Anna", at);

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(registered);
                        events.publishEvent(new OfferUpdated(
                                network,
                                offer,
                                partner,
                                "Babymassage",
                                "Anna",
                                List.of("schedule"),
                                at.plusSeconds(5)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc));
        // the registration delivered again, as after a crash or by the retry job: its line shows once
        scenario.publish(registered)
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::subjectType, FeedEntry::action, FeedEntry::changes, FeedEntry::path)
                        .containsExactly(
                                tuple(
                                        FeedEntry.OFFER,
                                        FeedEntry.UPDATED,
                                        List.of("schedule"),
                                        "/offers/" + offer.value()),
                                tuple(FeedEntry.OFFER, FeedEntry.CREATED, List.of(), "/offers/" + offer.value())));
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }
}
