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
import org.stiel.platform.Cursor;

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
     * Newest first, after the entry the cursor names (none: from the newest); on feed_entry_network_page_idx
     * (network_id, occurred_at desc, id desc), so a page reads its own rows whatever the feed holds.
     */
    List<FeedEntry> page(NetworkId network, Cursor after, int limit) {
        String keyset = after == null ? "" : " and (occurred_at, id) < (:at, :id)";
        var statement = jdbc.sql(
                        "select id, occurred_at, actor_name, subject_type, subject_id, subject_name, action, changes"
                                + " from feed_entry where network_id = :network" + keyset
                                + " order by occurred_at desc, id desc limit :limit")
                .param("network", network.value())
                .param("limit", limit);
        if (after != null) {
            statement = statement.param("at", Timestamp.from(after.instant(0))).param("id", after.uuid(1));
        }
        return statement.query(FeedEntries::entry).list();
    }

    /** The entries of [from, to) per kind, counted on feed_entry_network_idx; most first, then by kind. */
    List<FeedCount> counts(NetworkId network, Instant from, Instant to) {
        return jdbc.sql("""
                        select subject_type, action, count(*) as n from feed_entry
                        where network_id = ? and occurred_at >= ? and occurred_at < ?
                        group by subject_type, action
                        order by n desc, subject_type, action
                        """)
                .params(network.value(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new FeedCount(rs.getString(1), rs.getString(2), rs.getInt(3)))
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
