package org.stiel.feed;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.partners.PartnerRegistered;
import org.stiel.partners.PartnerUpdated;

/**
 * Writes the partner directory's events to the feed. Runs after the partner's transaction committed, in its own, so
 * that a feed problem never undoes a saved partner; Modulith's publication registry retries what failed.
 */
@Component
class PartnerFeedListener {

    private final FeedEntries entries;

    PartnerFeedListener(FeedEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(PartnerRegistered event) {
        entries.add(
                event.networkId(),
                new FeedEntry(
                        UUID.randomUUID(),
                        event.occurredAt(),
                        event.actorName(),
                        FeedEntry.PARTNER,
                        event.partnerId().value(),
                        event.partnerName(),
                        FeedEntry.CREATED,
                        List.of()));
    }

    @ApplicationModuleListener
    void on(PartnerUpdated event) {
        entries.add(
                event.networkId(),
                new FeedEntry(
                        UUID.randomUUID(),
                        event.occurredAt(),
                        event.actorName(),
                        FeedEntry.PARTNER,
                        event.partnerId().value(),
                        event.partnerName(),
                        FeedEntry.UPDATED,
                        event.changes()));
    }
}
