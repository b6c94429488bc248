package org.stiel.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;

/** Small read models of members for other modules' pages: one query each, scoped to one network. */
@Repository
class MemberQueries {

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    List<MemberView> staffOf(NetworkId network, UUID partner) {
        return jdbc.sql("""
                        select u.id, u.display_name, u.email, m.role, m.partner_id from app_user u
                        join membership m on m.user_id = u.id
                        where m.network_id = ? and m.partner_id = ? and m.role = 'PARTNER_STAFF'
                        order by u.display_name, u.id
                        """)
                .params(network.value(), partner)
                .query((rs, row) -> new MemberView(
                        new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        NetworkRole.valueOf(rs.getString("role")),
                        Optional.ofNullable(rs.getObject("partner_id", UUID.class))))
                .list();
    }
}
