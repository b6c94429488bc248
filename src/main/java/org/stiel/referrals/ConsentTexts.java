package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of a network's consent text. A version is never changed: referrals point at the one shown. */
@Repository
class ConsentTexts {

    private final JdbcClient jdbc;

    ConsentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsentText> all(UUID network) {
        return jdbc.sql("""
                        select version, body, created_at, created_by from referral_consent_text
                        where network_id = ? order by version desc
                        """)
                .param(network)
                .query((rs, i) -> new ConsentText(
                        rs.getInt("version"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    Optional<ConsentText> current(UUID network) {
        return all(network).stream().findFirst();
    }

    boolean exists(UUID network, int version) {
        return jdbc.sql("select count(*) from referral_consent_text where network_id = ? and version = ?")
                        .params(network, version)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int add(UUID network, String body, String author, Instant at) {
        // the lock keeps two coordinators saving at once from taking the same number
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("referral_consent_text:" + network)
                .query()
                .listOfRows();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from referral_consent_text where network_id = ?")
                .param(network)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into referral_consent_text (network_id, version, body, created_at, created_by)
                        values (?, ?, ?, ?, ?)
                        """).params(network, next, body, Timestamp.from(at), author).update();
        return next;
    }
}
