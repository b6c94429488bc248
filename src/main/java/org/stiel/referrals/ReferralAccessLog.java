package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.accounts.Membership;
import org.stiel.accounts.StielUser;

/** Who read a family's details. Written in the reader's transaction: no read without its row. */
@Repository
class ReferralAccessLog {

    /** Why the details were read. */
    enum Purpose {
        PAGE,
        API,
        SUBJECT_ACCESS
    }

    record Row(UUID userId, String userName, UUID partnerId, String purpose, Instant at) {}

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
                        select user_id, user_name, partner_id, purpose, at from referral_access
                        where network_id = ? and referral_id = ? order by at, id
                        """)
                .params(network, referral)
                .query((rs, i) -> new Row(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("user_name"),
                        rs.getObject("partner_id", UUID.class),
                        rs.getString("purpose"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
