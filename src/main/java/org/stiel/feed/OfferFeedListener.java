package org.stiel.feed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferRegistered;
import org.stiel.offer.OfferUpdated;

/**
 * Writes the offer's events to the feed, after the offer's transaction committed and in its own, like the partner
 * directory's; field names are message keys {@code offer.field.NAME}.
 */
@Component
class OfferFeedListener {

    private final FeedEntries entries;

    OfferFeedListener(FeedEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(OfferRegistered event) {
        entries.add(
                event.networkId(),
                new FeedEntry(
                        idOf(event.networkId(), event.offerId(), event.occurredAt(), FeedEntry.CREATED),
                        event.occurredAt(),
                        event.actorName(),
                        FeedEntry.OFFER,
                        event.offerId().value(),
                        event.offerName(),
                        FeedEntry.CREATED,
                        List.of()));
    }

    @ApplicationModuleListener
    void on(OfferUpdated event) {
        entries.add(
                event.networkId(),
                new FeedEntry(
                        idOf(event.networkId(), event.offerId(), event.occurredAt(), FeedEntry.UPDATED),
                        event.occurredAt(),
                        event.actorName(),
                        FeedEntry.OFFER,
                        event.offerId().value(),
                        event.offerName(),
                        FeedEntry.UPDATED,
                        event.changes()));
    }

    /** The same event always makes the same entry id: a publication delivered again does not show twice. */
    private static UUID idOf(NetworkId network, OfferId offer, Instant at, String action) {
        return UUID.nameUUIDFromBytes(("offer/" + network + "/" + offer + "/" + at + "/" + action).getBytes(UTF_8));
    }
}
