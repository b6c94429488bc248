package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.stiel.StielModuleTest;
import org.stiel.lifecycle.RoundClosed;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.RoundOpened;
import org.stiel.network.Networks;

/** An assessment round opening and closing shows in its own network's feed, linking to the round. */
@StielModuleTest
class RoundFeedListenerTests {

    @Autowired
    Networks networks;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoundOpeningAndClosingShowsInItsNetworkOnly(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var round = new RoundId(UUID.randomUUID());
        var at = Instant.parse("2026-11-06T09:00:00Z");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(
                                new RoundOpened(network, round, "Najaar 2026", LocalDate.parse("2026-11-30"), at));
                        events.publishEvent(new RoundClosed(network, round, "Najaar 2026", at.plusSeconds(60)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::action, FeedEntry::subjectName, FeedEntry::path)
                        .containsExactly(
                                tuple("CLOSED", "Najaar 2026", "/lifecycle/rounds/" + round.value()),
                                tuple("OPENED", "Najaar 2026", "/lifecycle/rounds/" + round.value())));
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }
}
