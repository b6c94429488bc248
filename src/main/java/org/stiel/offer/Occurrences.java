package org.stiel.offer;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.platform.StielTime;

/**
 * The offer_occurrence table: rewritten from today on whenever an offer is saved, and moved on nightly. Earlier
 * occurrences stay as they were, so that what took place is not rewritten by a later change of the schedule.
 */
@Repository
class Occurrences {

    /** How far ahead occurrences are kept. */
    static final int HORIZON_MONTHS = 12;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OfferQueries queries;

    Occurrences(JdbcClient jdbc, JdbcTemplate template, OfferQueries queries) {
        this.jdbc = jdbc;
        this.template = template;
        this.queries = queries;
    }

    /**
     * Rewrites an offer's occurrences from {@code today} to the horizon, and the offer's {@code last_start} with
     * them; answers how many there are from today on.
     */
    int rewrite(UUID offer, LocalDate today) {
        int count = rewriteOccurrences(offer, today);
        jdbc.sql("update offer set last_start = (select max(starts_at) from offer_occurrence where offer_id = :id)"
                        + " where id = :id")
                .param("id", offer)
                .update();
        return count;
    }

    private int rewriteOccurrences(UUID offer, LocalDate today) {
        var view = queries.view(offer).orElseThrow();
        jdbc.sql("delete from offer_occurrence where offer_id = ? and starts_at >= ?")
                .params(offer, Timestamp.from(today.atStartOfDay(StielTime.ZONE).toInstant()))
                .update();
        if (view.status() != OfferStatus.ACTIVE || view.schedules().isEmpty()) {
            return 0;
        }
        List<OccurrenceExpander.DateRange> closed = new ArrayList<>();
        view.closures().forEach(c -> closed.add(new OccurrenceExpander.DateRange(c.fromDate(), c.toDate())));
        if (view.closedInSchoolHolidays()) {
            closed.addAll(schoolHolidaysOf(offer));
        }
        var occurrences = OccurrenceExpander.expand(view.schedules(), closed, today, today.plusMonths(HORIZON_MONTHS));
        template.batchUpdate("""
                insert into offer_occurrence (offer_id, schedule_id, starts_at, ends_at, all_day)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """, occurrences, 500, (ps, o) -> {
            ps.setObject(1, offer);
            ps.setObject(2, o.scheduleId());
            ps.setTimestamp(3, Timestamp.from(o.startsAt().toInstant()));
            ps.setTimestamp(4, Timestamp.from(o.endsAt().toInstant()));
            ps.setBoolean(5, o.allDay());
        });
        return occurrences.size();
    }

    /** The school holidays of every network the offer's partner belongs to. */
    private List<OccurrenceExpander.DateRange> schoolHolidaysOf(UUID offer) {
        return jdbc.sql("""
                        select distinct h.from_date, h.to_date from school_holiday h
                        join partners_membership np on np.network_id = h.network_id
                        join offer o on o.partner_id = np.partner_id
                        where o.id = ?
                        """)
                .param(offer)
                .query((rs, row) -> new OccurrenceExpander.DateRange(
                        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
                .list();
    }

    /** Offers whose occurrences depend on the date: active ones with a schedule. */
    List<UUID> scheduledOffers() {
        return jdbc.sql("""
                        select o.id from offer o where o.status = 'ACTIVE'
                        and exists (select 1 from offer_schedule s where s.offer_id = o.id)
                        order by o.id
                        """).query(UUID.class).list();
    }

    /** Offers in a network that skip school holidays, whose occurrences change with the holidays. */
    List<UUID> offersClosedInSchoolHolidays(org.stiel.network.NetworkId network) {
        return jdbc.sql("""
                        select o.id from offer o
                        join partners_membership np on np.partner_id = o.partner_id and np.network_id = ?
                        where o.closed_in_school_holidays
                        """).param(network.value()).query(UUID.class).list();
    }

    /** For other modules' pages and tests: the occurrences of one offer from a day on. */
    List<OfferOccurrence> of(UUID offer, LocalDate from, int limit) {
        return jdbc.sql("""
                        select starts_at, ends_at, all_day from offer_occurrence
                        where offer_id = ? and starts_at >= ? order by starts_at limit ?
                        """)
                .params(offer, Timestamp.from(from.atStartOfDay(StielTime.ZONE).toInstant()), limit)
                .query((rs, row) -> new OfferOccurrence(
                        rs.getTimestamp("starts_at").toInstant().atZone(StielTime.ZONE),
                        rs.getTimestamp("ends_at").toInstant().atZone(StielTime.ZONE),
                        rs.getBoolean("all_day")))
                .list();
    }
}
