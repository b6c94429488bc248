package org.stiel.feed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.planning.ActionCreated;
import org.stiel.planning.ActionDone;
import org.stiel.planning.ChallengeDecided;
import org.stiel.planning.GoalPublished;
import org.stiel.planning.GoalSet;

/**
 * Tells the network what moved in its plan: new goals and actions, actions done, goals shown on the public plan page,
 * challenges decided on. Runs after the plan's transaction committed, in its own, like the partner directory's.
 */
@Component
class PlanFeedListener {

    private final FeedWriter feed;

    PlanFeedListener(FeedWriter feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(GoalSet event) {
        feed.write(
                event.network(),
                FeedEntry.GOAL,
                event.goal().value(),
                event.title(),
                FeedEntry.CREATED,
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(GoalPublished event) {
        feed.write(
                event.network(),
                FeedEntry.GOAL,
                event.goal().value(),
                event.title(),
                event.published() ? "PUBLISHED" : "UNPUBLISHED",
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ActionCreated event) {
        feed.write(
                event.network(),
                FeedEntry.ACTION,
                event.action().value(),
                event.title(),
                FeedEntry.CREATED,
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ActionDone event) {
        feed.write(
                event.network(), FeedEntry.ACTION, event.action().value(), event.title(), "DONE", event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ChallengeDecided event) {
        feed.write(
                event.network(),
                FeedEntry.CHALLENGE,
                event.challenge().value(),
                event.title(),
                event.status().name(),
                event.occurredAt());
    }
}
