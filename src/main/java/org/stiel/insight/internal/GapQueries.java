package org.stiel.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.insight.GapFilter;
import org.stiel.insight.GapKey;
import org.stiel.insight.GapReason;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The gap analysis in one statement (docs/adr/0029): the network's supply from offer's published read model (views
 * of its V38), the need from the figures, the declines handed in as arrays, scored and ranked in SQL. Its cost follows
 * the network's offers and municipalities, never the whole installation: every row is reached from the network's
 * partners.
 */
@Component
public class GapQueries {

    /** The snapshot's rows of a network with the notes and challenges, which are joined live. */
    private static final String SNAPSHOT = """
            select c.*, g.note, g.challenge_id
            from insight_gap_cell c
            left join insight_gap_note g on g.network_id = c.network_id and g.nis_code = c.nis
                                        and g.life_domain = c.domain and g.age_band = c.band
            where c.network_id = :network
            """;

    private static final String COLUMNS = "nis, name, domain, band, domain_ord, ord, children, deprivation, universal,"
            + " extra, places, sessions, stale, km, declined_capacity, declined_no_fit, declined_waiting, declined,"
            + " offers_rate, places_rate, sessions_rate, network_rate, reasons, score";

    private final JdbcClient jdbc;

    GapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the statement needs besides the filter: the network, its places, the day and the declines. */
    public record Input(
            NetworkId network, List<GapArea> areas, LocalDate today, Instant now, List<DeclineTally> declines) {}

    /** Computes the network's cells in one statement and replaces its snapshot with them. */
    public void refresh(Input input) {
        jdbc.sql("delete from insight_gap_cell where network_id = ?")
                .param(input.network().value())
                .update();
        GapStatement.params(
                        jdbc.sql(GapStatement.SCORED + " insert into insight_gap_cell (network_id, " + COLUMNS
                                + ") select :network, " + COLUMNS + " from scored"),
                        input)
                .update();
    }

    /** One page of the gaps (cells with a reason), highest score first, with the filter applied in SQL. */
    public ListPage<Gap> gaps(NetworkId network, GapFilter filter, Paging paging) {
        var sql = new StringBuilder(SNAPSHOT + " and cardinality(c.reasons) > 0");
        sql.append(where(filter));
        if (!paging.isFirst()) {
            sql.append(" and (-c.score, c.nis, c.domain, c.band) > (cast(:afterScore as numeric), :afterNis,"
                    + " :afterDomain, :afterBand)");
        }
        sql.append(" order by c.score desc, c.nis, c.domain, c.band limit :limit");
        var statement = filter(jdbc.sql(sql.toString()), network, filter).param("limit", paging.limit());
        if (!paging.isFirst()) {
            var c = paging.after();
            statement = statement
                    .param("afterScore", -c.decimal(0))
                    .param("afterNis", c.text(1))
                    .param("afterDomain", c.text(2))
                    .param("afterBand", c.text(3));
        }
        var rows = statement.query(GapQueries::gap).list();
        return ListPage.of(
                rows,
                paging,
                g -> Cursor.of(
                        g.score(), g.key().nisCode(), g.key().domain(), g.key().band()));
    }

    /** Every cell of the network under the filter, gap or not, in the order of places, domains and bands. */
    public List<Gap> cells(NetworkId network, GapFilter filter) {
        var sql = SNAPSHOT + where(filter) + " order by c.name, c.nis, c.domain_ord, c.ord";
        return filter(jdbc.sql(sql), network, filter).query(GapQueries::gap).list();
    }

    /** Every gap of the network under the filter, highest score first: for the exports. */
    public List<Gap> ranked(NetworkId network, GapFilter filter) {
        var sql = SNAPSHOT + " and cardinality(c.reasons) > 0" + where(filter)
                + " order by c.score desc, c.nis, c.domain, c.band";
        return filter(jdbc.sql(sql), network, filter).query(GapQueries::gap).list();
    }

    private static String where(GapFilter filter) {
        var where = new StringBuilder();
        if (filter.nisCode() != null) {
            where.append(" and c.nis = :fNis");
        }
        if (filter.domain() != null) {
            where.append(" and c.domain = :fDomain");
        }
        if (filter.band() != null) {
            where.append(" and c.band = :fBand");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, NetworkId network, GapFilter filter) {
        spec = spec.param("network", network.value());
        if (filter.nisCode() != null) {
            spec = spec.param("fNis", filter.nisCode());
        }
        if (filter.domain() != null) {
            spec = spec.param("fDomain", filter.domain().name());
        }
        if (filter.band() != null) {
            spec = spec.param("fBand", filter.band().name());
        }
        return spec;
    }

    /** A figure for the PDF: the latest value of each indicator for one municipality. */
    public record LatestFigure(String indicator, java.time.LocalDate period, java.math.BigDecimal value) {}

    public List<LatestFigure> latestFigures(NetworkId network, String nisCode) {
        return jdbc.sql("""
                        select distinct on (indicator) indicator, period_date, value
                        from insight_figure
                        where network_id = ? and nis_code = ?
                        order by indicator, period_date desc
                        """)
                .params(network.value(), nisCode)
                .query((rs, n) -> new LatestFigure(
                        rs.getString("indicator"),
                        rs.getObject("period_date", java.time.LocalDate.class),
                        rs.getBigDecimal("value")))
                .list();
    }

    private static Gap gap(ResultSet rs, int row) throws SQLException {
        var reasons = Arrays.stream((String[]) rs.getArray("reasons").getArray())
                .map(GapReason::valueOf)
                .toList();
        return new Gap(
                new GapKey(
                        rs.getString("nis"),
                        LifeDomain.valueOf(rs.getString("domain")),
                        AgeBand.valueOf(rs.getString("band"))),
                rs.getString("name"),
                rs.getObject("children", Long.class),
                rs.getObject("deprivation", Double.class),
                rs.getInt("universal"),
                rs.getInt("extra"),
                rs.getInt("places"),
                rs.getInt("sessions"),
                rs.getObject("km", Double.class),
                rs.getInt("stale"),
                rs.getInt("declined_capacity"),
                rs.getInt("declined_no_fit"),
                rs.getInt("declined_waiting"),
                rs.getObject("offers_rate", Double.class),
                rs.getObject("places_rate", Double.class),
                rs.getObject("sessions_rate", Double.class),
                rs.getObject("network_rate", Double.class),
                reasons,
                rs.getDouble("score"),
                rs.getString("note"),
                rs.getObject("challenge_id", UUID.class));
    }
}
