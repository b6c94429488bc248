package org.stiel.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The bodies and their membership in SQL: a network has a handful of bodies, each with its current members (bounded
 * by the network's partners), read in two queries whatever the number of bodies; the membership history, which grows
 * with the years, is keyset-paged. Names come from the same query: a partner or person that left the network shows
 * no name.
 */
@Repository
class BodyQueries {

    private static final String PARTNER_NAME = """
            (select p.name from partner p
               join network_partner np on np.partner_id = p.id and np.network_id = %1$s.network_id
              where p.id = %1$s.partner_id)""";
    private static final String PERSON_NAME = """
            (select u.display_name from app_user u
               join membership ms on ms.user_id = u.id and ms.network_id = %1$s.network_id
              where u.id = %1$s.%2$s)""";

    private final JdbcClient jdbc;

    BodyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The steering group first, then the working groups by name; or only the body {@code id} when given. */
    List<BodyView> bodies(NetworkId network, UUID id) {
        var bodies = jdbc.sql("select b.id, b.name, b.kind, b.mandate, b.chair_id, b.version, "
                        + PERSON_NAME.formatted("b", "chair_id") + " as chair_name"
                        + " from governance_body b where b.network_id = :network"
                        + (id == null ? "" : " and b.id = :id")
                        + " order by case b.kind when 'STEERING_GROUP' then 0 else 1 end, lower(b.name), b.id")
                .params(id == null ? Map.of("network", network.value()) : Map.of("network", network.value(), "id", id))
                .query((rs, n) -> new BodyRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        BodyKind.valueOf(rs.getString("kind")),
                        rs.getString("mandate"),
                        rs.getObject("chair_id", UUID.class),
                        text(rs.getString("chair_name")),
                        rs.getLong("version")))
                .list();
        if (bodies.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<BodyMemberView>> members = new HashMap<>();
        jdbc.sql("select m.body_id, m.partner_id, m.person_id, m.joined_on, "
                        + PARTNER_NAME.formatted("m") + " as partner_name, "
                        + PERSON_NAME.formatted("m", "person_id") + " as person_name"
                        + " from governance_body_member m"
                        + " where m.network_id = :network and m.body_id = any(:bodies) and m.left_on is null")
                .param("network", network.value())
                .param("bodies", bodies.stream().map(BodyRow::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject("body_id", UUID.class),
                        new BodyMemberView(
                                new PartnerId(rs.getObject("partner_id", UUID.class)),
                                text(rs.getString("partner_name")),
                                Optional.ofNullable(rs.getObject("person_id", UUID.class))
                                        .map(UserId::new),
                                text(rs.getString("person_name")),
                                rs.getObject("joined_on", LocalDate.class))))
                .list()
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return bodies.stream()
                .map(b -> new BodyView(
                        new BodyId(b.id()),
                        b.name(),
                        b.kind(),
                        b.mandate(),
                        b.chairName(),
                        members.getOrDefault(b.id(), List.of()).stream()
                                .sorted(java.util.Comparator.comparing(
                                        BodyMemberView::partnerName, String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        Optional.ofNullable(b.chair()).map(UserId::new),
                        b.version()))
                .toList();
    }

    /** The bodies the person chairs. */
    List<BodyId> chairedBy(NetworkId network, UUID person) {
        return jdbc.sql("select id from governance_body where network_id = ? and chair_id = ?")
                .params(network.value(), person)
                .query((rs, n) -> new BodyId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** One page of the body's membership history: the current members first, then by the day they joined. */
    ListPage<MembershipView> history(NetworkId network, UUID body, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("body", body);
        params.put("limit", paging.limit());
        String after = "";
        if (!paging.isFirst()) {
            var c = paging.after();
            after = " and ((m.left_on is not null), m.joined_on, m.id) > (:left, :joined, :id)";
            params.put("left", c.number(0) == 1);
            params.put("joined", c.date(1));
            params.put("id", c.uuid(2));
        }
        var rows = jdbc.sql("select m.id, m.partner_id, m.person_id, m.joined_on, m.left_on, "
                        + PARTNER_NAME.formatted("m") + " as partner_name, "
                        + PERSON_NAME.formatted("m", "person_id") + " as person_name"
                        + " from governance_body_member m where m.network_id = :network and m.body_id = :body"
                        + after + " order by (m.left_on is not null), m.joined_on, m.id limit :limit")
                .params(params)
                .query(BodyQueries::membership)
                .list();
        return ListPage.of(
                        rows,
                        paging,
                        r -> Cursor.of(r.view().current() ? 0 : 1, r.view().joinedOn(), r.id()))
                .map(MembershipRow::view);
    }

    private static MembershipRow membership(ResultSet rs, int n) throws SQLException {
        return new MembershipRow(
                rs.getObject("id", UUID.class),
                new MembershipView(
                        new PartnerId(rs.getObject("partner_id", UUID.class)),
                        text(rs.getString("partner_name")),
                        Optional.ofNullable(rs.getObject("person_id", UUID.class))
                                .map(UserId::new),
                        text(rs.getString("person_name")),
                        rs.getObject("joined_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("left_on", LocalDate.class))));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private record MembershipRow(UUID id, MembershipView view) {}

    private record BodyRow(
            UUID id, String name, BodyKind kind, String mandate, UUID chair, String chairName, long version) {}
}
