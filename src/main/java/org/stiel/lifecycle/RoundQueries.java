package org.stiel.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The read side of rounds in SQL: pages of rounds, completion counts and participant lists, each for one network and
 * the rounds a page shows, on the indexes of V25. Nothing here loads a round's answers.
 */
@Repository
class RoundQueries {

    private static final String ROUND_COLUMNS =
            "r.id, r.title, r.opened_on, r.closes_on, r.closed_at, r.version, r.created_at";

    private final JdbcClient jdbc;

    RoundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round with the creation moment that breaks ties between rounds opened on the same day. */
    record RoundRow(RoundView view, Instant createdAt) {

        Cursor cursor() {
            return Cursor.of(view.openedOn(), createdAt, view.id().value());
        }
    }

    /** One page of the network's rounds, newest first (opened on, then created, then id). */
    ListPage<RoundView> page(UUID network, Paging paging) {
        var after = paging.after();
        var rows = jdbc.sql("select " + ROUND_COLUMNS + " from lifecycle_round r where r.network_id = :network"
                        + (after == null ? "" : " and (r.opened_on, r.created_at, r.id) < (:on, :at, :id)")
                        + " order by r.opened_on desc, r.created_at desc, r.id desc limit :limit")
                .param("network", network)
                .params(
                        after == null
                                ? Map.of()
                                : Map.of(
                                        "on", after.date(0),
                                        "at", Timestamp.from(after.instant(1)),
                                        "id", after.uuid(2)))
                .param("limit", paging.limit())
                .query(RoundQueries::round)
                .list();
        return ListPage.of(rows, paging, RoundRow::cursor).map(RoundRow::view);
    }

    /** Every round of the network, newest first; rows of a few columns, for the choice lists of the pages. */
    List<RoundView> all(UUID network) {
        return jdbc
                .sql("select " + ROUND_COLUMNS + " from lifecycle_round r where r.network_id = :network"
                        + " order by r.opened_on desc, r.created_at desc, r.id desc")
                .param("network", network)
                .query(RoundQueries::round)
                .list()
                .stream()
                .map(RoundRow::view)
                .toList();
    }

    /** The given round and at most {@code count - 1} rounds before it, oldest first: a short history. */
    List<RoundView> upTo(UUID network, UUID round, int count) {
        var rows = jdbc.sql("""
                        select %s from lifecycle_round r
                        join lifecycle_round me on me.id = :round and me.network_id = :network
                        where r.network_id = :network
                          and (r.opened_on, r.created_at, r.id) <= (me.opened_on, me.created_at, me.id)
                        order by r.opened_on desc, r.created_at desc, r.id desc limit :count""".formatted(ROUND_COLUMNS))
                .param("network", network)
                .param("round", round)
                .param("count", count)
                .query(RoundQueries::round)
                .list();
        return rows.reversed().stream().map(RoundRow::view).toList();
    }

    /** Completion of the given rounds of the network, counted in SQL; a round without participants is absent. */
    Map<UUID, Completion> completion(UUID network, Collection<UUID> rounds) {
        Map<UUID, Completion> result = new HashMap<>();
        if (rounds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select p.round_id, count(*) as invited,
                               count(*) filter (where p.submitted_at is not null
                                   or exists (select 1 from lifecycle_answer a where a.participant_id = p.id)) as started,
                               count(*) filter (where p.submitted_at is not null) as submitted
                        from lifecycle_participant p
                        where p.network_id = :network and p.round_id in (:rounds)
                        group by p.round_id""").param("network", network).param("rounds", rounds).query(rs -> {
            result.put(
                    rs.getObject("round_id", UUID.class),
                    new Completion(rs.getInt("invited"), rs.getInt("started"), rs.getInt("submitted")));
        });
        return result;
    }

    /**
     * One page of a round's participants: steering group first, then by name (case-insensitive), then id. The name is
     * the person's as long as they belong to the network, empty once they left; the partner's name comes along.
     */
    ListPage<ParticipantView> participants(UUID network, UUID round, Paging paging) {
        var after = paging.after();
        var rows = jdbc.sql("""
                        select * from (
                            select p.id, p.round_id, p.user_id, p.role, p.partner_id, p.invited_at, p.submitted_at,
                                   case when m.user_id is null then '' else u.display_name end as display_name,
                                   case when p.role = 'STEERING_GROUP' then 0 else 1 end as rank,
                                   lower(case when m.user_id is null then '' else u.display_name end) as sort_name,
                                   pa.name as partner_name
                            from lifecycle_participant p
                            join app_user u on u.id = p.user_id
                            left join membership m on m.user_id = p.user_id and m.network_id = p.network_id
                            left join partner pa on pa.id = p.partner_id
                            where p.network_id = :network and p.round_id = :round) x
                        where %s
                        order by x.rank, x.sort_name collate "C", x.id
                        limit :limit""".formatted(
                        after == null ? "true" : "(x.rank, x.sort_name collate \"C\", x.id) > (:rank, :name, :id)"))
                .param("network", network)
                .param("round", round)
                .params(
                        after == null
                                ? Map.of()
                                : Map.of("rank", (int) after.number(0), "name", after.text(1), "id", after.uuid(2)))
                .param("limit", paging.limit())
                .query((rs, i) -> new ParticipantRow(participant(rs), rs.getInt("rank"), rs.getString("sort_name")))
                .list();
        var page = ListPage.of(rows, paging, ParticipantRow::cursor).map(ParticipantRow::view);
        if (page.isEmpty()) {
            return page;
        }
        // how many questions each shown participant answered: one grouped query for the page's rows
        Map<UUID, Integer> answered = new HashMap<>();
        jdbc.sql("""
                        select a.participant_id, count(*) as n from lifecycle_answer a
                        where a.participant_id in (:ids) group by a.participant_id""")
                .param("ids", page.items().stream().map(p -> p.id().value()).toList())
                .query(rs -> {
                    answered.put(rs.getObject("participant_id", UUID.class), rs.getInt("n"));
                });
        return page.map(p -> p.withAnswered(answered.getOrDefault(p.id().value(), 0)));
    }

    /** A participant with its sort key as the database computed it, so the cursor compares like the query. */
    private record ParticipantRow(ParticipantView view, int rank, String sortName) {

        Cursor cursor() {
            return Cursor.of(rank, sortName, view.id().value());
        }
    }

    /** The open rounds of the network the person is invited to, newest first, with the role they answer in. */
    List<Invitation> openInvitations(UUID network, UUID user) {
        return jdbc.sql("""
                        select r.id, r.title, r.opened_on, r.closes_on, r.closed_at, r.version, r.created_at, p.role
                        from lifecycle_participant p
                        join lifecycle_round r on r.id = p.round_id and r.network_id = p.network_id
                        where p.network_id = :network and p.user_id = :user and r.closed_at is null
                        order by r.opened_on desc, r.created_at desc, r.id desc""")
                .param("network", network)
                .param("user", user)
                .query((rs, i) -> new Invitation(round(rs, i).view(), ParticipantRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** An open round the person is invited to, and in which capacity. */
    record Invitation(RoundView round, ParticipantRole role) {}

    /** The partners with a representative invited to the round. */
    List<UUID> invitedPartners(UUID network, UUID round) {
        return jdbc.sql("""
                        select distinct p.partner_id from lifecycle_participant p
                        where p.network_id = :network and p.round_id = :round and p.partner_id is not null""")
                .param("network", network)
                .param("round", round)
                .query(UUID.class)
                .list();
    }

    private static RoundRow round(ResultSet rs, int i) throws SQLException {
        return new RoundRow(
                new RoundView(
                        new RoundId(rs.getObject("id", UUID.class)),
                        rs.getString("title"),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closes_on", LocalDate.class),
                        instant(rs, "closed_at"),
                        rs.getLong("version")),
                instant(rs, "created_at"));
    }

    private static ParticipantView participant(ResultSet rs) throws SQLException {
        return new ParticipantView(
                new ParticipantId(rs.getObject("id", UUID.class)),
                new RoundId(rs.getObject("round_id", UUID.class)),
                new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("display_name"),
                ParticipantRole.valueOf(rs.getString("role")),
                Optional.ofNullable(rs.getObject("partner_id", UUID.class)).map(PartnerId::new),
                Optional.ofNullable(rs.getString("partner_name")),
                instant(rs, "invited_at"),
                instant(rs, "submitted_at"),
                0);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
