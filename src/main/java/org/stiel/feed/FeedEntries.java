package org.stiel.feed;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;

/** The feed_entry table; every read is scoped to one network. */
@Repository
class FeedEntries {

    private final JdbcClient jdbc;

    FeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(NetworkId network, FeedEntry entry) {
        jdbc.sql("""
                        insert into feed_entry (id, network_id, occurred_at, actor_name, subject_type, subject_id,
                                                subject_name, action, changes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do nothing
                        """)
                .params(
                        entry.id(),
                        network.value(),
                        Timestamp.from(entry.occurredAt()),
                        entry.actorName(),
                        entry.subjectType(),
                        entry.subjectId(),
                        entry.subjectName(),
                        entry.action(),
                        entry.changes().toArray(String[]::new))
                .update();
    }

    /**
     * Newest first, strictly older than {@code before}. Paging by time alone could skip an entry stored in the very
     * same microsecond as the last one of a page: rare enough for a feed, and it keeps the query on its index.
     */
    List<FeedEntry> latest(NetworkId network, Instant before, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, actor_name, subject_type, subject_id, subject_name, action, changes
                        from feed_entry
                        where network_id = ? and occurred_at < ?
                        order by occurred_at desc, id desc
                        limit ?
                        """)
                .params(network.value(), Timestamp.from(before), limit)
                .query(FeedEntries::entry)
                .list();
    }

    private static FeedEntry entry(ResultSet rs, int row) throws SQLException {
        Array changes = rs.getArray("changes");
        return new FeedEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_name"),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_name"),
                rs.getString("action"),
                changes == null ? List.of() : List.of((String[]) changes.getArray()));
    }
}
