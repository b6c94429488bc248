package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.LifeDomain;

/**
 * Referrals declined for lack of offer, counted in SQL: a range scan of referral_declined_gap_idx (V37), whose
 * predicate is the same list of reasons as {@link DeclineReason#lackOfOffer()}, read from the index alone.
 */
@Repository
class DeclineQueries {

    private final JdbcClient jdbc;

    DeclineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DeclineCount> lackOfOffer(UUID network, Instant since) {
        // the reasons are written out, not bound: a partial index is used only when the planner sees its predicate
        return jdbc.sql("""
                        select municipality_nis, life_domain, decline_reason, count(*) as n
                        from referral
                        where network_id = :network and answered_at >= :since
                          and decline_reason in ('NO_CAPACITY', 'NO_FITTING_OFFER', 'WAITING_LIST')
                        group by municipality_nis, life_domain, decline_reason
                        order by municipality_nis nulls last, life_domain, decline_reason
                        """)
                .param("network", network)
                .param("since", Timestamp.from(since))
                .query((rs, i) -> new DeclineCount(
                        rs.getString("municipality_nis"),
                        LifeDomain.valueOf(rs.getString("life_domain")),
                        DeclineReason.valueOf(rs.getString("decline_reason")),
                        rs.getInt("n")))
                .list();
    }
}
