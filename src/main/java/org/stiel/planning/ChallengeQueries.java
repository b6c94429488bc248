package org.stiel.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The challenges as the pages read them, with their votes, in the order of {@link Challenges#list}: prioritised first
 * (by priority), then proposed, then those turned into goals, then those set aside.
 */
@Repository
class ChallengeQueries {

    private final JdbcClient jdbc;

    ChallengeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChallengeView> list(NetworkId network) {
        return views(
                network,
                jdbc.sql(SELECT + "where c.network_id = :network order by " + ORDER)
                        .param("network", network.value())
                        .query(ChallengeQueries::row)
                        .list());
    }

    ListPage<ChallengeView> page(NetworkId network, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        String after = "";
        if (!paging.isFirst()) {
            var c = paging.after();
            after = " and (" + ORDER + ") > (:rank, :priority, :created, :id)";
            params.put("rank", (int) c.number(0));
            params.put("priority", (int) c.number(1));
            params.put("created", OffsetDateTime.ofInstant(c.instant(2), ZoneOffset.UTC));
            params.put("id", c.uuid(3));
        }
        var rows = jdbc.sql(SELECT + "where c.network_id = :network" + after + " order by " + ORDER + " limit :limit")
                .params(params)
                .query(ChallengeQueries::row)
                .list();
        var page = ListPage.of(rows, paging, Row::cursor);
        return new ListPage<>(views(network, page.items()), page.next());
    }

    int countOpen(NetworkId network) {
        return jdbc.sql("select count(*) from planning_challenge where network_id = ?"
                        + " and status in ('PROPOSED', 'PRIORITISED')")
                .param(network.value())
                .query(Integer.class)
                .single();
    }

    Optional<ChallengeView> find(NetworkId network, ChallengeId id) {
        return views(
                        network,
                        jdbc.sql(SELECT + "where c.network_id = :network and c.id = :id")
                                .param("network", network.value())
                                .param("id", id.value())
                                .query(ChallengeQueries::row)
                                .list())
                .stream()
                .findFirst();
    }

    private static final String RANK =
            "case c.status when 'PRIORITISED' then 0 when 'PROPOSED' then 1 when 'GOAL' then 2 else 3 end";
    private static final String ORDER = RANK + ", coalesce(c.priority, 100), c.created_at, c.id";
    private static final String SELECT = """
            select c.id, c.title, c.description, c.source, c.status, c.priority, c.created_at, %s as rank,
                   (select u.display_name from app_user u
                      join membership m on m.user_id = u.id and m.network_id = c.network_id
                     where u.id = c.proposed_by) as proposed_by_name
            from planning_challenge c
            """.formatted(RANK);

    /** The votes of the challenges shown, with the partners' names, in one query. */
    private List<ChallengeView> views(NetworkId network, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ChallengeView.Vote>> votes = new HashMap<>();
        jdbc.sql("""
                        select v.challenge_id, v.partner_id,
                               (select p.name from partner p
                                  join network_partner np on np.partner_id = p.id and np.network_id = v.network_id
                                 where p.id = v.partner_id) as partner_name
                        from planning_challenge_vote v
                        where v.challenge_id = any(:ids) and v.network_id = :network
                        order by v.challenge_id, v.voted_at""")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .param("network", network.value())
                .query((rs, n) -> Map.entry(
                        rs.getObject("challenge_id", UUID.class),
                        new ChallengeView.Vote(
                                new PartnerId(rs.getObject("partner_id", UUID.class)),
                                rs.getString("partner_name") == null ? "" : rs.getString("partner_name"))))
                .list()
                .forEach(e -> votes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> new ChallengeView(
                        new ChallengeId(r.id()),
                        r.title(),
                        r.description(),
                        r.source(),
                        r.status(),
                        Optional.ofNullable(r.priority()),
                        r.proposedByName() == null ? "" : r.proposedByName(),
                        votes.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                ChallengeSource.valueOf(rs.getString("source")),
                ChallengeStatus.valueOf(rs.getString("status")),
                rs.getObject("priority", Integer.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("rank"),
                rs.getString("proposed_by_name"));
    }

    private record Row(
            UUID id,
            String title,
            String description,
            ChallengeSource source,
            ChallengeStatus status,
            Integer priority,
            Instant createdAt,
            int rank,
            String proposedByName) {

        Cursor cursor() {
            return Cursor.of(rank, priority == null ? 100 : priority, createdAt, id);
        }
    }
}
