package org.stiel.feed;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/** The feed's API: what happened lately in one network, newest first. */
@Service
@Transactional(readOnly = true)
public class Feed {

    /** More would make a page nobody scrolls through; older entries are a click away. */
    public static final int MAX_LIMIT = 200;

    private final FeedEntries entries;

    Feed(FeedEntries entries) {
        this.entries = entries;
    }

    /** The newest entries, at most {@code limit} (1 to {@value #MAX_LIMIT}). */
    public List<FeedEntry> latest(NetworkId network, int limit) {
        return entries.page(network, null, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /**
     * One page, newest first: ordered by (occurred at, id) descending, so that entries of the same instant are paged
     * apart and an entry added meanwhile (newer than all) neither repeats nor hides one on the next page.
     */
    public ListPage<FeedEntry> page(NetworkId network, Paging paging) {
        return ListPage.of(
                entries.page(network, paging.after(), paging.limit()),
                paging,
                entry -> Cursor.of(entry.occurredAt(), entry.id()));
    }

    /** How many entries of each kind the network's feed holds from {@code from} (inclusive) to {@code to}. */
    public List<FeedCount> counts(NetworkId network, Instant from, Instant to) {
        return entries.counts(network, from, to);
    }
}
