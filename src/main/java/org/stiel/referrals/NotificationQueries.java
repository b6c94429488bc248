package org.stiel.referrals;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/** A partner's notifications in SQL, newest first: the latest unread ones, their count, and every one, paged. */
@Repository
class NotificationQueries {

    private record Row(UUID id, ReferralNotice notice) {}

    private static final String NOTICE = "select id, referral_id, kind, created_at, read_at from referral_notification";

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferralNotice> latestUnread(UUID network, UUID partner, int limit) {
        return jdbc.sql(NOTICE + """
                         where network_id = ? and partner_id = ? and read_at is null
                        order by created_at desc, id desc limit ?
                        """).params(network, partner, limit).query(NotificationQueries::row).list().stream()
                .map(Row::notice)
                .toList();
    }

    int unreadCount(UUID network, UUID partner) {
        return jdbc.sql("""
                        select count(*) from referral_notification
                        where network_id = ? and partner_id = ? and read_at is null
                        """).params(network, partner).query(Integer.class).single();
    }

    ListPage<ReferralNotice> page(UUID network, UUID partner, Paging paging) {
        List<Row> rows;
        if (paging.after() == null) {
            rows = jdbc.sql(NOTICE + """
                             where network_id = ? and partner_id = ?
                            order by created_at desc, id desc limit ?
                            """)
                    .params(network, partner, paging.limit())
                    .query(NotificationQueries::row)
                    .list();
        } else {
            rows = jdbc.sql(NOTICE + """
                             where network_id = ? and partner_id = ? and (created_at, id) < (?, ?)
                            order by created_at desc, id desc limit ?
                            """)
                    .params(
                            network,
                            partner,
                            Timestamp.from(paging.after().instant(0)),
                            paging.after().uuid(1),
                            paging.limit())
                    .query(NotificationQueries::row)
                    .list();
        }
        return ListPage.of(rows, paging, row -> Cursor.of(row.notice().createdAt(), row.id()))
                .map(Row::notice);
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Row(
                rs.getObject("id", UUID.class),
                new ReferralNotice(
                        new ReferralId(rs.getObject("referral_id", UUID.class)),
                        ReferralNotice.NoticeKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("created_at").toInstant(),
                        read == null ? null : read.toInstant()));
    }
}
