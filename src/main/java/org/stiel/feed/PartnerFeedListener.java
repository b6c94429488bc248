package org.stiel.feed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
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
                        idOf(event.networkId(), event.partnerId(), event.occurredAt(), FeedEntry.CREATED),
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
                        idOf(event.networkId(), event.partnerId(), event.occurredAt(), FeedEntry.UPDATED),
                        event.occurredAt(),
                        event.actorName(),
                        FeedEntry.PARTNER,
                        event.partnerId().value(),
                        event.partnerName(),
                        FeedEntry.UPDATED,
                        event.changes()));
    }

    /**
     * The same event always makes the same entry id: a publication delivered again (after a crash, or republished at
     * start-up) does not show twice.
     */
    private static UUID idOf(NetworkId network, PartnerId partner, java.time.Instant at, String action) {
        return UUID.nameUUIDFromBytes((network + "/" + partner + "/" + at + "/" + action).getBytes(UTF_8));
    }
}
