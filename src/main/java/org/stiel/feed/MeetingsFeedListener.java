package org.stiel.feed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stiel.meetings.MeetingMoved;
import org.stiel.meetings.MeetingPlanned;
import org.stiel.meetings.MinutesRecorded;
import org.stiel.meetings.SeriesConfirmed;

/**
 * Tells the network of meetings planned or moved, series confirmed and minutes written. A confirmed series makes one
 * line, not one per meeting: a year of meetings would bury everything else.
 */
@Component
class MeetingsFeedListener {

    private final FeedWriter feed;

    MeetingsFeedListener(FeedWriter feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(MeetingPlanned event) {
        if (event.series() != null) {
            return;
        }
        feed.write(
                event.network(),
                FeedEntry.MEETING,
                event.meeting().value(),
                event.title(),
                FeedEntry.CREATED,
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(MeetingMoved event) {
        feed.write(
                event.network(),
                FeedEntry.MEETING,
                event.meeting().value(),
                event.title(),
                "MOVED",
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(SeriesConfirmed event) {
        feed.write(
                event.network(),
                FeedEntry.SERIES,
                event.series().value(),
                event.name(),
                "CONFIRMED",
                event.occurredAt());
    }

    @ApplicationModuleListener
    void on(MinutesRecorded event) {
        feed.write(
                event.network(),
                FeedEntry.MEETING,
                event.meeting().value(),
                event.title(),
                "MINUTES",
                event.occurredAt());
    }
}
