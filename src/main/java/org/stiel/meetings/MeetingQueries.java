package org.stiel.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
 * The network's meetings in SQL, a page at a time: upcoming ones by date and time, past ones the newest first (the
 * same index of V24 read backwards), a series' meetings, and the hostings newest first. A page's agenda items and
 * attendees come in one query each; names of hosts and people from the same query (someone who left the network is
 * no longer listed, as before).
 */
@Repository
class MeetingQueries {

    private static final String ORDER = "m.day, m.start_time, lower(m.title), m.id";
    private static final String ORDER_DESC = "m.day desc, m.start_time desc, lower(m.title) desc, m.id desc";

    private static final String SELECT = """
            select m.id, m.series_id, m.kind, m.body_id, m.title, m.day, m.start_time, m.end_time,
                   m.host_partner_id, m.venue_name, m.venue_address, m.municipality, m.minutes,
                   m.invitations_sent_at, m.version, lower(m.title) as sort_title,
                   (select p.name from partner p
                      join network_partner np on np.partner_id = p.id and np.network_id = m.network_id
                     where p.id = m.host_partner_id) as host_name
            from meeting m
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which meetings a list shows. */
    enum When {
        /** Every meeting, by date. */
        ALL,
        /** From {@code today} on, by date. */
        UPCOMING,
        /** Before {@code today}, the newest first. */
        PAST
    }

    /** @param details whether to read the agenda and the attendees too (a list page shows neither) */
    ListPage<MeetingView> page(NetworkId network, When when, LocalDate today, Paging paging, boolean details) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        var sql = new StringBuilder(SELECT).append("where m.network_id = :network");
        if (when == When.UPCOMING) {
            sql.append(" and m.day >= :today");
            params.put("today", today);
        } else if (when == When.PAST) {
            sql.append(" and m.day < :today");
            params.put("today", today);
        }
        boolean newestFirst = when == When.PAST;
        if (!paging.isFirst()) {
            var c = paging.after();
            sql.append(" and (m.day, m.start_time, lower(m.title), m.id) ")
                    .append(newestFirst ? "<" : ">")
                    .append(" (:day, :start, :title, :id)");
            params.put("day", c.date(0));
            params.put("start", time(c.text(1)));
            params.put("title", c.text(2));
            params.put("id", c.uuid(3));
        }
        sql.append(" order by ").append(newestFirst ? ORDER_DESC : ORDER).append(" limit :limit");
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query(MeetingQueries::row)
                .list();
        var page = ListPage.of(rows, paging, r -> Cursor.of(r.day(), r.start(), r.sortTitle(), r.id()));
        return new ListPage<>(views(network, page.items(), details), page.next());
    }

    /** A series' meetings by date: as many as the series has dates. */
    List<MeetingView> ofSeries(NetworkId network, UUID series) {
        return views(
                network,
                jdbc.sql(SELECT + "where m.network_id = :network and m.series_id = :series order by " + ORDER)
                        .param("network", network.value())
                        .param("series", series)
                        .query(MeetingQueries::row)
                        .list());
    }

    Optional<MeetingView> find(NetworkId network, UUID id) {
        return views(
                        network,
                        jdbc.sql(SELECT + "where m.network_id = :network and m.id = :id")
                                .param("network", network.value())
                                .param("id", id)
                                .query(MeetingQueries::row)
                                .list())
                .stream()
                .findFirst();
    }

    /** Every meeting of the network by date: for the installation's own use (demo data, tests), not for pages. */
    List<MeetingView> all(NetworkId network) {
        return views(
                network,
                jdbc.sql(SELECT + "where m.network_id = :network order by " + ORDER)
                        .param("network", network.value())
                        .query(MeetingQueries::row)
                        .list());
    }

    /** One page of the network's series: proposals first, then the newest. */
    ListPage<SeriesLine> series(NetworkId network, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        String after = "";
        if (!paging.isFirst()) {
            var c = paging.after();
            // confirmed ascending, then created descending: a row comparison cannot mix directions
            after =
                    " and (s.confirmed > :confirmed or (s.confirmed = :confirmed and (s.created_at, s.id) < (:at, :id)))";
            params.put("confirmed", c.number(0) == 1);
            params.put("at", OffsetDateTime.ofInstant(c.instant(1), java.time.ZoneOffset.UTC));
            params.put("id", c.uuid(2));
        }
        var rows = jdbc.sql("""
                        select s.id, s.name, s.kind, s.confirmed, s.created_at,
                               (select count(*) from meeting_series_slot sl where sl.series_id = s.id) as dates
                        from meeting_series s where s.network_id = :network%s
                        order by s.confirmed, s.created_at desc, s.id desc limit :limit""".formatted(after))
                .params(params)
                .query((rs, n) -> Map.entry(
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        new SeriesLine(
                                new SeriesId(rs.getObject("id", UUID.class)),
                                rs.getString("name"),
                                MeetingKind.valueOf(rs.getString("kind")),
                                rs.getBoolean("confirmed"),
                                rs.getInt("dates"))))
                .list();
        return ListPage.of(
                        rows,
                        paging,
                        e -> Cursor.of(
                                e.getValue().confirmed() ? 1 : 0,
                                e.getKey(),
                                e.getValue().id().value()))
                .map(Map.Entry::getValue);
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.stiel.platform.BadRequestException("paging.cursor.invalid");
        }
    }

    private List<MeetingView> views(NetworkId network, List<Row> rows) {
        return views(network, rows, true);
    }

    private List<MeetingView> views(NetworkId network, List<Row> rows, boolean details) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (!details) {
            return rows.stream().map(r -> view(r, List.of(), List.of())).toList();
        }
        var ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<String>> agenda = new HashMap<>();
        jdbc.sql("select meeting_id, title from meeting_agenda_item where meeting_id = any(:ids)"
                        + " order by meeting_id, position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(e -> agenda.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<UUID, List<MeetingView.Attendee>> attendees = new HashMap<>();
        jdbc.sql("""
                        select a.meeting_id, a.user_id, a.attendance, u.display_name
                        from meeting_attendee a
                        join app_user u on u.id = a.user_id
                        where a.meeting_id = any(:ids)
                          and exists (select 1 from membership ms
                                      where ms.user_id = a.user_id and ms.network_id = :network)
                        order by a.meeting_id, u.display_name""")
                .param("ids", ids)
                .param("network", network.value())
                .query((rs, n) -> Map.entry(
                        rs.getObject("meeting_id", UUID.class),
                        new MeetingView.Attendee(
                                new UserId(rs.getObject("user_id", UUID.class)),
                                rs.getString("display_name"),
                                Optional.ofNullable(rs.getString("attendance")).map(Attendance::valueOf))))
                .list()
                .forEach(e -> attendees
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> view(r, agenda.getOrDefault(r.id(), List.of()), attendees.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static MeetingView view(Row r, List<String> agenda, List<MeetingView.Attendee> attendees) {
        return new MeetingView(
                new MeetingId(r.id()),
                Optional.ofNullable(r.series()).map(SeriesId::new),
                r.kind(),
                Optional.ofNullable(r.body()),
                r.title(),
                r.day(),
                r.start(),
                r.end(),
                Optional.ofNullable(r.host()).map(PartnerId::new),
                text(r.hostName()),
                text(r.venueName()),
                text(r.venueAddress()),
                text(r.municipality()),
                agenda,
                attendees,
                text(r.minutes()),
                Optional.ofNullable(r.invitationsSentAt()),
                r.version());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var sent = rs.getObject("invitations_sent_at", OffsetDateTime.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("series_id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getObject("body_id", UUID.class),
                rs.getString("title"),
                rs.getObject("day", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getObject("host_partner_id", UUID.class),
                rs.getString("host_name"),
                rs.getString("venue_name"),
                rs.getString("venue_address"),
                rs.getString("municipality"),
                rs.getString("minutes"),
                sent == null ? null : sent.toInstant(),
                rs.getLong("version"),
                rs.getString("sort_title"));
    }

    private record Row(
            UUID id,
            UUID series,
            MeetingKind kind,
            UUID body,
            String title,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            UUID host,
            String hostName,
            String venueName,
            String venueAddress,
            String municipality,
            String minutes,
            Instant invitationsSentAt,
            long version,
            String sortTitle) {}
}
