package org.stiel.feed;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;

/** The feed's API: what happened lately in one network, newest first. */
@Service
@Transactional(readOnly = true)
public class Feed {

    /** More would make a page nobody scrolls through; older entries are a click away. */
    public static final int MAX_LIMIT = 200;

    /** Later than any entry, so that the first page and the next ones share one query. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final FeedEntries entries;

    Feed(FeedEntries entries) {
        this.entries = entries;
    }

    public List<FeedEntry> latest(NetworkId network, int limit) {
        return entries.latest(network, END_OF_TIME, clamp(limit));
    }

    /** The page after one that ended with an entry at {@code before}. */
    public List<FeedEntry> before(NetworkId network, Instant before, int limit) {
        return entries.latest(network, before, clamp(limit));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
