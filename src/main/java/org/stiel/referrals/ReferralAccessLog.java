package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.accounts.Membership;
import org.stiel.accounts.StielUser;
import org.stiel.platform.Paging;

/** Who read a family's details. Written in the reader's transaction: no read without its row. */
@Repository
class ReferralAccessLog {

    /** Why the details were read. */
    enum Purpose {
        PAGE,
        API,
        SUBJECT_ACCESS
    }

    record Row(UUID id, UUID userId, String userName, UUID partnerId, String purpose, Instant at) {}

    private final JdbcClient jdbc;

    ReferralAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID network, UUID referral, StielUser reader, Purpose purpose, Instant at) {
        jdbc.sql("""
                        insert into referral_access (id, network_id, referral_id, user_id, user_name, partner_id, purpose, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        network,
                        referral,
                        reader.id().value(),
                        reader.displayName(),
                        reader.current().map(Membership::staffOf).orElse(null),
                        purpose.name(),
                        Timestamp.from(at))
                .update();
    }

    List<Row> of(UUID network, UUID referral) {
        return jdbc.sql("""
                        select id, user_id, user_name, partner_id, purpose, at from referral_access
                        where network_id = ? and referral_id = ? order by at, id
                        """)
                .params(network, referral)
                .query(ReferralAccessLog::row)
                .list();
    }

    /** One page, oldest first, on referral_access_page_idx: rows read with {@link Paging#limit()}. */
    List<Row> page(UUID network, UUID referral, Paging paging) {
        if (paging.after() == null) {
            return jdbc.sql("""
                            select id, user_id, user_name, partner_id, purpose, at from referral_access
                            where network_id = ? and referral_id = ? order by at, id limit ?
                            """)
                    .params(network, referral, paging.limit())
                    .query(ReferralAccessLog::row)
                    .list();
        }
        return jdbc.sql("""
                        select id, user_id, user_name, partner_id, purpose, at from referral_access
                        where network_id = ? and referral_id = ? and (at, id) > (?, ?) order by at, id limit ?
                        """)
                .params(
                        network,
                        referral,
                        Timestamp.from(paging.after().instant(0)),
                        paging.after().uuid(1),
                        paging.limit())
                .query(ReferralAccessLog::row)
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("user_name"),
                rs.getObject("partner_id", UUID.class),
                rs.getString("purpose"),
                rs.getTimestamp("at").toInstant());
    }
}
