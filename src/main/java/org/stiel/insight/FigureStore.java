package org.stiel.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;

/** The SQL of the figures: every statement filters by the network. */
@Component
class FigureStore {

    private static final String COLUMNS = """
            id, indicator, nis_code, period_kind, period_date, value, numerator, denominator, source, published_on,
            licence, entered_by, import_id is not null as imported
            """;

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FigureView> find(NetworkId network, UUID id, Map<String, String> names) {
        return jdbc.sql("select " + COLUMNS + " from insight_figure where network_id = ? and id = ?")
                .params(network.value(), id)
                .query((rs, row) -> view(rs, names))
                .optional();
    }

    /** The latest periods of an indicator that have figures in the network, at most {@code max}, oldest first. */
    List<Period> periods(NetworkId network, String indicator, int max) {
        return jdbc.sql("""
                        select period_kind, period_date from (
                            select distinct period_kind, period_date from insight_figure
                            where network_id = ? and indicator = ?
                            order by period_date desc, period_kind limit ?) p
                        order by period_date, period_kind
                        """)
                .params(network.value(), indicator, max)
                .query((rs, row) -> new Period(
                        PeriodKind.valueOf(rs.getString("period_kind")),
                        rs.getObject("period_date", java.time.LocalDate.class)))
                .list();
    }

    /** The figures of an indicator for some municipalities from a date on. */
    List<FigureView> figures(
            NetworkId network,
            String indicator,
            Collection<String> codes,
            java.time.LocalDate from,
            Map<String, String> names) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from insight_figure
                         where network_id = :network and indicator = :indicator and nis_code in (:codes)
                           and period_date >= :from
                        """)
                .param("network", network.value())
                .param("indicator", indicator)
                .param("codes", codes)
                .param("from", from)
                .query((rs, row) -> view(rs, names))
                .list();
    }

    /** All figures of an indicator for one municipality, oldest first. */
    List<FigureView> trend(NetworkId network, String indicator, String nisCode, Map<String, String> names) {
        return jdbc.sql("select " + COLUMNS + """
                         from insight_figure where network_id = ? and nis_code = ? and indicator = ?
                         order by period_date, period_kind
                        """)
                .params(network.value(), nisCode, indicator)
                .query((rs, row) -> view(rs, names))
                .list();
    }

    List<LatestFigure> latest(NetworkId network, String indicator) {
        return jdbc.sql("""
                        select distinct on (nis_code) nis_code, period_kind, period_date, value
                        from insight_figure where network_id = ? and indicator = ?
                        order by nis_code, period_date desc, period_kind
                        """)
                .params(network.value(), indicator)
                .query((rs, row) -> new LatestFigure(
                        rs.getString("nis_code"),
                        new Period(
                                PeriodKind.valueOf(rs.getString("period_kind")),
                                rs.getObject("period_date", java.time.LocalDate.class)),
                        rs.getBigDecimal("value")))
                .list();
    }

    /** Every figure of the indicators, by indicator, municipality and period, one at a time. */
    void each(NetworkId network, Collection<String> indicators, Map<String, String> names, Consumer<FigureView> out) {
        if (indicators.isEmpty()) {
            return;
        }
        jdbc.sql("select " + COLUMNS + """
                         from insight_figure where network_id = :network and indicator in (:indicators)
                         order by indicator, nis_code, period_date, period_kind
                        """)
                .param("network", network.value())
                .param("indicators", indicators)
                .query(rs -> {
                    out.accept(view(rs, names));
                });
    }

    /** Stores the figure; one that exists for its indicator, municipality and period is replaced. */
    UUID upsert(NetworkId network, FigureRules.Checked figure, UUID enteredBy, Instant now) {
        return jdbc.sql("""
                        insert into insight_figure (id, network_id, nis_code, indicator, period_kind, period_date,
                            value, numerator, denominator, source, published_on, licence, entered_by, import_id,
                            created_at, updated_at)
                        values (:id, :network, :nis, :indicator, :kind, :date, :value, :numerator, :denominator,
                            :source, :published, :licence, :by, null, :now, :now)
                        on conflict (network_id, indicator, nis_code, period_kind, period_date) do update set
                            value = excluded.value, numerator = excluded.numerator,
                            denominator = excluded.denominator, source = excluded.source,
                            published_on = excluded.published_on, licence = excluded.licence,
                            entered_by = excluded.entered_by, import_id = null, updated_at = excluded.updated_at
                        returning id
                        """)
                .param("id", UUID.randomUUID())
                .param("network", network.value())
                .param("nis", figure.nisCode())
                .param("indicator", figure.indicator())
                .param("kind", figure.period().kind().name())
                .param("date", figure.period().date())
                .param("value", figure.value())
                .param("numerator", figure.numerator())
                .param("denominator", figure.denominator())
                .param("source", figure.source())
                .param("published", figure.publishedOn())
                .param("licence", figure.licence())
                .param("by", enteredBy)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .single();
    }

    boolean delete(NetworkId network, UUID id) {
        return jdbc.sql("delete from insight_figure where network_id = ? and id = ?")
                        .params(network.value(), id)
                        .update()
                > 0;
    }

    private static FigureView view(ResultSet rs, Map<String, String> names) throws SQLException {
        String nis = rs.getString("nis_code");
        return new FigureView(
                new FigureId(rs.getObject("id", UUID.class)),
                rs.getString("indicator"),
                nis,
                names.getOrDefault(nis, nis),
                new Period(
                        PeriodKind.valueOf(rs.getString("period_kind")),
                        rs.getObject("period_date", java.time.LocalDate.class)),
                rs.getBigDecimal("value"),
                rs.getBigDecimal("numerator"),
                rs.getBigDecimal("denominator"),
                rs.getString("source"),
                rs.getObject("published_on", java.time.LocalDate.class),
                rs.getString("licence"),
                rs.getObject("entered_by", UUID.class),
                rs.getBoolean("imported"));
    }
}
