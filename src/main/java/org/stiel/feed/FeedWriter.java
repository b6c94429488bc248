package org.stiel.feed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;

/**
 * Writes the entries of events that name no person (plan, governance, meetings, rounds): the line says what happened
 * to what, not who did it.
 */
@Component
class FeedWriter {

    private final FeedEntries entries;

    FeedWriter(FeedEntries entries) {
        this.entries = entries;
    }

    void write(NetworkId network, String subjectType, UUID subject, String subjectName, String action, Instant at) {
        entries.add(
                network,
                new FeedEntry(
                        idOf(network, subjectType, subject, action, at),
                        at,
                        "",
                        subjectType,
                        subject,
                        subjectName,
                        action,
                        List.of()));
    }

    /**
     * The same event always makes the same entry id: a publication delivered again (after a crash, or retried) does
     * not show twice.
     */
    static UUID idOf(NetworkId network, String subjectType, UUID subject, String action, Instant at) {
        return UUID.nameUUIDFromBytes(
                (subjectType + "/" + network + "/" + subject + "/" + at + "/" + action).getBytes(UTF_8));
    }
}
