package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.stiel.StielModuleTest;
import org.stiel.network.Networks;
import org.stiel.planning.ActionCreated;
import org.stiel.planning.ActionDone;
import org.stiel.planning.ActionId;
import org.stiel.planning.ChallengeDecided;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeStatus;
import org.stiel.planning.GoalId;
import org.stiel.planning.GoalPublished;
import org.stiel.planning.GoalSet;

/** The plan's events make lines in their own network's feed, once each, with links to where they are seen. */
@StielModuleTest
class PlanFeedListenerTests {

    @Autowired
    Networks networks;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewGoalShowsInItsNetworkOnlyWithALinkToIt(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var goal = new GoalId(UUID.randomUUID());

        scenario.publish(new GoalSet(network, goal, "Elke ouder kent het Huis", Instant.now()))
                .andWaitForStateChange(() -> fixtures.entries(network))
                .andVerify(entries -> {
                    assertThat(entries)
                            .extracting(
                                    FeedEntry::subjectType,
                                    FeedEntry::action,
                                    FeedEntry::subjectName,
                                    FeedEntry::actorName)
                            .containsExactly(tuple(FeedEntry.GOAL, FeedEntry.CREATED, "Elke ouder kent het Huis", ""));
                    assertThat(entries.getFirst().path()).isEqualTo("/plan/goals/" + goal.value());
                });
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceShowsOnce(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var event =
                new ActionDone(network, new ActionId(UUID.randomUUID()), null, "Folder in vijf talen", Instant.now());

        scenario.publish(event).andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc));
        // delivered again, as after a crash or by the retry job
        scenario.publish(event)
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::action)
                        .containsExactly("DONE"));
    }

    @Test
    void publishedGoalsNewActionsAndDecidedChallengesShowNewestFirst(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var goal = new GoalId(UUID.randomUUID());
        var at = Instant.parse("2026-11-02T09:00:00Z");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(new GoalPublished(network, goal, "Speelruimte", true, at));
                        events.publishEvent(new ActionCreated(
                                network, new ActionId(UUID.randomUUID()), goal, "Speelstraat", at.plusSeconds(60)));
                        events.publishEvent(new ChallengeDecided(
                                network,
                                new ChallengeId(UUID.randomUUID()),
                                "Te weinig opvang",
                                ChallengeStatus.PRIORITISED,
                                1,
                                at.plusSeconds(120)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::subjectType, FeedEntry::action, FeedEntry::path)
                        .containsExactly(
                                tuple(FeedEntry.CHALLENGE, "PRIORITISED", "/plan/challenges"),
                                tuple(FeedEntry.ACTION, FeedEntry.CREATED, "/actions"),
                                tuple(FeedEntry.GOAL, "PUBLISHED", "/plan/goals/" + goal.value())));
    }
}
