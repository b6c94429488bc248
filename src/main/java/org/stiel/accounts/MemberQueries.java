package org.stiel.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The people of a network as read models, in SQL: one row per membership with its person, never the whole account
 * aggregates with all their memberships. Every query filters by the network.
 */
@Repository
class MemberQueries {

    private static final String MEMBER = """
            select u.id, u.display_name, u.email, m.role, m.partner_id
            from membership m join app_user u on u.id = m.user_id
            where m.network_id = :network""";

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberView> all(NetworkId network) {
        return jdbc.sql(MEMBER + " order by u.display_name, u.id")
                .param("network", network.value())
                .query(MemberQueries::member)
                .list();
    }

    /** One page by name, then id: the cursor is (display name, id). */
    ListPage<MemberView> page(NetworkId network, Paging paging) {
        var sql = new StringBuilder(MEMBER);
        Cursor after = paging.after();
        if (after != null) {
            sql.append(" and (u.display_name, u.id) > (:afterName, :afterId)");
        }
        sql.append(" order by u.display_name, u.id limit :limit");
        var statement =
                jdbc.sql(sql.toString()).param("network", network.value()).param("limit", paging.limit());
        if (after != null) {
            statement = statement.param("afterName", after.text(0)).param("afterId", after.uuid(1));
        }
        var rows = statement.query(MemberQueries::member).list();
        return ListPage.of(rows, paging, m -> Cursor.of(m.displayName(), m.id().value()));
    }

    /** The names of the network's members among {@code ids}, in one query. */
    Map<UserId, String> displayNames(NetworkId network, Collection<UserId> ids) {
        Map<UserId, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select u.id, u.display_name from app_user u
                        join membership m on m.user_id = u.id and m.network_id = :network
                        where u.id = any(:ids)
                        """)
                .param("network", network.value())
                .param("ids", ids.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> names.put(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
        return names;
    }

    /** The partner staff of one partner in the network, by name; on membership_network_partner_idx. */
    List<MemberView> staffOf(NetworkId network, UUID partner) {
        return jdbc.sql(MEMBER + " and m.partner_id = :partner and m.role = 'PARTNER_STAFF'"
                        + " order by u.display_name, u.id")
                .param("network", network.value())
                .param("partner", partner)
                .query(MemberQueries::member)
                .list();
    }

    /** The e-mail addresses of the network's coordinators and of the staff of the given partners. */
    List<String> coordinatorsAndStaffOf(NetworkId network, Collection<UUID> partners) {
        return jdbc.sql("""
                        select distinct u.email
                        from membership m join app_user u on u.id = m.user_id
                        where m.network_id = :network
                          and (m.role = 'COORDINATOR' or m.partner_id = any(:partners))
                        order by u.email
                        """)
                .param("network", network.value())
                .param("partners", partners.toArray(UUID[]::new))
                .query(String.class)
                .list();
    }

    private static MemberView member(ResultSet rs, int row) throws SQLException {
        return new MemberView(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("display_name"),
                rs.getString("email"),
                NetworkRole.valueOf(rs.getString("role")),
                Optional.ofNullable(rs.getObject("partner_id", UUID.class)));
    }
}
