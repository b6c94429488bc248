package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.stiel.StielModuleTest;
import org.stiel.meetings.MeetingId;
import org.stiel.meetings.MeetingMoved;
import org.stiel.meetings.MeetingPlanned;
import org.stiel.meetings.MinutesRecorded;
import org.stiel.meetings.SeriesConfirmed;
import org.stiel.meetings.SeriesId;
import org.stiel.network.Networks;

/** Meetings make lines in their own network's feed; a confirmed series makes one line, not one per meeting. */
@StielModuleTest
class MeetingsFeedListenerTests {

    @Autowired
    Networks networks;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meetingsPlannedMovedAndMinutedShowInTheirNetworkOnly(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var meeting = new MeetingId(UUID.randomUUID());
        var at = Instant.parse("2026-11-05T09:00:00Z");
        var day = LocalDate.parse("2026-12-10");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(new MeetingPlanned(network, meeting, null, "Partneroverleg", day, at));
                        events.publishEvent(new MeetingMoved(
                                network,
                                meeting,
                                "Partneroverleg",
                                day.plusDays(7),
                                LocalTime.NOON,
                                at.plusSeconds(1)));
                        events.publishEvent(new MinutesRecorded(network, meeting, "Partneroverleg", at.plusSeconds(2)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::subjectType, FeedEntry::action, FeedEntry::path)
                        .containsExactly(
                                tuple(FeedEntry.MEETING, "MINUTES", "/meetings/" + meeting.value()),
                                tuple(FeedEntry.MEETING, "MOVED", "/meetings/" + meeting.value()),
                                tuple(FeedEntry.MEETING, FeedEntry.CREATED, "/meetings/" + meeting.value())));
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }

    @Test
    void aConfirmedSeriesMakesOneLine(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var series = new SeriesId(UUID.randomUUID());
        var first = new MeetingId(UUID.randomUUID());
        var second = new MeetingId(UUID.randomUUID());
        var at = Instant.parse("2026-11-05T10:00:00Z");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(new MeetingPlanned(
                                network, first, series, "Lerend netwerk", LocalDate.parse("2027-01-12"), at));
                        events.publishEvent(new MeetingPlanned(
                                network, second, series, "Lerend netwerk", LocalDate.parse("2027-03-09"), at));
                        events.publishEvent(
                                new SeriesConfirmed(network, series, "Lerend netwerk", List.of(first, second), at));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::subjectType, FeedEntry::action, FeedEntry::path)
                        .containsExactly(tuple(FeedEntry.SERIES, "CONFIRMED", "/meetings/series/" + series.value())));
    }
}
