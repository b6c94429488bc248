package org.stiel.feed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.RoundClosed;
import org.stiel.lifecycle.RoundOpened;

/**
 * Tells the network when an assessment round opens (its partners are asked to answer) and when it closes (its results
 * are final). The invitation mails reach the invited only; the feed is where everyone else sees it.
 */
@Component
class RoundFeedListener {

    private final FeedWriter feed;

    RoundFeedListener(FeedWriter feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(RoundOpened event) {
        feed.write(
                event.network(), FeedEntry.ROUND, event.round().value(), event.title(), "OPENED", event.occurredAt());
    }

    @ApplicationModuleListener
    void on(RoundClosed event) {
        feed.write(
                event.network(), FeedEntry.ROUND, event.round().value(), event.title(), "CLOSED", event.occurredAt());
    }
}
