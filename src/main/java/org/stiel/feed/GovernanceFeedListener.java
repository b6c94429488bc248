package org.stiel.feed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.governance.AgreementRenewed;
import org.stiel.governance.AgreementSigned;
import org.stiel.governance.BodyChanged;
import org.stiel.governance.DecisionRecorded;

/**
 * Tells the network of decisions recorded, bodies set up or changed, and partners that signed or renewed the
 * cooperation agreement. Of an agreement only the fact shows, under the partner's name: what it says stays with the
 * coordinator and the partner.
 */
@Component
class GovernanceFeedListener {

    private final FeedWriter feed;

    GovernanceFeedListener(FeedWriter feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(DecisionRecorded event) {
        feed.write(
                event.network(),
                FeedEntry.DECISION,
                event.decision().value(),
                event.title(),
                FeedEntry.CREATED,
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(BodyChanged event) {
        feed.write(
                event.network(),
                FeedEntry.BODY,
                event.body().value(),
                event.name(),
                event.change().name(),
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(AgreementSigned event) {
        feed.write(
                event.network(),
                FeedEntry.AGREEMENT,
                event.partner().value(),
                event.partnerName(),
                "SIGNED",
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(AgreementRenewed event) {
        feed.write(
                event.network(),
                FeedEntry.AGREEMENT,
                event.partner().value(),
                event.partnerName(),
                "RENEWED",
                event.occurredAt());
    }
}
