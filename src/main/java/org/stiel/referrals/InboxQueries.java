package org.stiel.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.LifeDomain;
import org.stiel.platform.Cursor;
import org.stiel.platform.Paging;

/**
 * The inbox and the sent list in SQL: a keyset page (created_at desc, id desc) on the indexes of V22, whose leading
 * columns are the filters (network, partner, tab, and the assignee or service when asked); counts with GROUP BY.
 */
@Repository
class InboxQueries {

    /** One line as stored: ids, for the names to be looked up for just the lines shown. */
    record Row(
            UUID id,
            ReferralStatus status,
            UUID sender,
            UUID recipient,
            UUID offer,
            LifeDomain lifeDomain,
            Urgency urgency,
            Instant createdAt,
            Instant sentAt,
            UUID assignedTo) {

        Cursor cursor() {
            return Cursor.of(createdAt, id);
        }
    }

    private static final String LINE = """
            select id, status, sender_partner_id, recipient_partner_id, offer_id, life_domain, urgency, created_at,
                   sent_at, assigned_to
            from referral
            """;

    private final JdbcClient jdbc;

    InboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A query and its named parameters: what runs, and what a plan test explains. */
    record Query(String sql, Map<String, Object> params) {}

    /** What the partner received (never a draft), in one tab or all, for one colleague or one service when given. */
    List<Row> received(UUID network, UUID partner, Box box, UUID assignee, UUID offer, Paging paging) {
        return run(receivedQuery(network, partner, box, assignee, offer, paging));
    }

    /** What the partner sent, drafts included (under NEW). */
    List<Row> sent(UUID network, UUID partner, Box box, Paging paging) {
        return run(sentQuery(network, partner, box, paging));
    }

    private List<Row> run(Query query) {
        return jdbc.sql(query.sql())
                .params(query.params())
                .query(InboxQueries::row)
                .list();
    }

    Query receivedQuery(UUID network, UUID partner, Box box, UUID assignee, UUID offer, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        var sql = new StringBuilder(LINE)
                .append(" where network_id = :network and recipient_partner_id = :partner and status <> 'DRAFT'");
        params.put("network", network);
        params.put("partner", partner);
        if (assignee != null) {
            sql.append(" and assigned_to = :assignee");
            params.put("assignee", assignee);
        }
        if (offer != null) {
            sql.append(" and offer_id = :offer");
            params.put("offer", offer);
        }
        return page(sql, params, box, paging);
    }

    Query sentQuery(UUID network, UUID partner, Box box, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        var sql = new StringBuilder(LINE).append(" where network_id = :network and sender_partner_id = :partner");
        params.put("network", network);
        params.put("partner", partner);
        return page(sql, params, box, paging);
    }

    private static Query page(StringBuilder sql, Map<String, Object> params, Box box, Paging paging) {
        if (box != null) {
            sql.append(" and box = :box");
            params.put("box", box.name());
        }
        if (paging.after() != null) {
            sql.append(" and (created_at, id) < (:at, :id)");
            params.put("at", Timestamp.from(paging.after().instant(0)));
            params.put("id", paging.after().uuid(1));
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        params.put("limit", paging.limit());
        return new Query(sql.toString(), params);
    }

    /** The received referrals per tab: one pass over the partner's entries of the inbox index. */
    Map<Box, Integer> counts(UUID network, UUID partner) {
        Map<Box, Integer> counts = new EnumMap<>(Box.class);
        for (Box box : Box.values()) {
            counts.put(box, 0);
        }
        jdbc.sql("""
                        select box, count(*) as n from referral
                        where network_id = ? and recipient_partner_id = ? and status <> 'DRAFT'
                        group by box
                        """)
                .params(network, partner)
                .query((rs, i) -> counts.put(Box.valueOf(rs.getString("box")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The received referrals assigned to one person, per tab; on referral_inbox_mine_idx. */
    Map<Box, Integer> assigned(UUID network, UUID partner, UUID user) {
        Map<Box, Integer> counts = new EnumMap<>(Box.class);
        for (Box box : Box.values()) {
            counts.put(box, 0);
        }
        jdbc.sql("""
                        select box, count(*) as n from referral
                        where network_id = ? and recipient_partner_id = ? and assigned_to = ? and status <> 'DRAFT'
                        group by box
                        """)
                .params(network, partner, user)
                .query((rs, i) -> counts.put(Box.valueOf(rs.getString("box")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The network's referrals that still wait for someone, per status; on referral_waiting_idx (V27). */
    Map<ReferralStatus, Integer> waitingPerStatus(UUID network) {
        Map<ReferralStatus, Integer> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status != ReferralStatus.DRAFT && !status.terminal()) {
                counts.put(status, 0);
            }
        }
        jdbc.sql("""
                        select status, count(*) as n from referral
                        where network_id = ? and status in ('SENT', 'OPENED', 'ACCEPTED', 'IN_CONTACT')
                        group by status
                        """)
                .params(network)
                .query((rs, i) -> counts.put(ReferralStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The received referrals per service (all tabs), by offer id. */
    Map<UUID, Integer> perService(UUID network, UUID partner) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select offer_id, count(*) as n from referral
                        where network_id = ? and recipient_partner_id = ? and status <> 'DRAFT'
                          and offer_id is not null
                        group by offer_id
                        """)
                .params(network, partner)
                .query((rs, i) -> counts.put(rs.getObject("offer_id", UUID.class), rs.getInt("n")))
                .list();
        return counts;
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Row(
                rs.getObject("id", UUID.class),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getObject("sender_partner_id", UUID.class),
                rs.getObject("recipient_partner_id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                LifeDomain.valueOf(rs.getString("life_domain")),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getObject("assigned_to", UUID.class));
    }
}
