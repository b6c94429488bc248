package org.stiel.bench;

import static org.stiel.bench.FlandersData.row;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.copy.CopyManager;
import org.stiel.bench.StaffModel.Network;
import org.stiel.insight.Indicator;

/**
 * The context figures at Flanders scale: for every municipality of every network, the 11 built-in indicators and 9
 * own ones of its network, ten years each (300 municipalities × 20 × 10 = 60 000 figures at scale 1), plus the own
 * indicators themselves and three indicators shared with partner staff per network. Values are plausible for a
 * municipality of 5 000 to 60 000 people; every one says it was generated.
 */
final class InsightData {

    static final int YEARS = 10;
    static final int OWN = 9;
    static final List<String> SHARED = List.of("CHILDREN_0_2", "BIRTHS", "DEPRIVATION_INDEX");

    private final StaffModel m;
    private final LocalDate today;
    private final Instant now;

    InsightData(StaffModel m, LocalDate today, Instant now) {
        this.m = m;
        this.today = today;
        this.now = now;
    }

    void generate(Connection connection, CopyManager copy, List<Network> networks) throws SQLException {
        codes(connection);
        var indicators = new StringBuilder();
        var shares = new StringBuilder();
        var figures = new StringBuilder();
        for (var network : networks) {
            List<String> codes = new ArrayList<>();
            for (var indicator : Indicator.values()) {
                codes.add(indicator.code());
            }
            for (int i = 1; i <= OWN; i++) {
                String code = "own-bench-" + i;
                codes.add(code);
                row(
                        indicators,
                        m.uuid(),
                        network.id,
                        code,
                        "Eigen telling " + i,
                        "Gegenereerd voor de benchmark",
                        i % 3 == 0 ? "PERCENT" : "COUNT",
                        null,
                        now);
            }
            for (String code : SHARED) {
                row(shares, network.id, code);
            }
            for (String nis : municipalityCodes(connection, network)) {
                int people = m.between(5_000, 60_000);
                for (String code : codes) {
                    figures(figures, network, nis, code, people);
                }
            }
        }
        FlandersData.copyIn(
                copy,
                "insight_indicator (id, network_id, code, name, definition, unit, created_by, created_at)",
                indicators.toString());
        FlandersData.copyIn(copy, "insight_indicator_share (network_id, indicator)", shares.toString());
        FlandersData.copyIn(
                copy,
                "insight_figure (id, network_id, nis_code, indicator, period_kind, period_date, value, numerator,"
                        + " denominator, source, published_on, licence, entered_by, import_id, note, created_at,"
                        + " updated_at)",
                figures.toString());
    }

    /** Ten years of one indicator for one municipality, ending last year, drifting a little from year to year. */
    private void figures(StringBuilder out, Network network, String nis, String code, int people) {
        var unit = Indicator.ofCode(code)
                .map(Indicator::unit)
                .orElse(
                        code.endsWith("3") || code.endsWith("6") || code.endsWith("9")
                                ? Indicator.Unit.PERCENT
                                : Indicator.Unit.COUNT);
        double value = switch (code) {
            case "CHILDREN_0_2", "CHILDREN_3_5" -> people * 0.03;
            case "CHILDREN_6_11", "CHILDREN_12_17" -> people * 0.066;
            case "BIRTHS" -> people * 0.01;
            case "FAMILIES_WITH_CHILDREN" -> people * 0.1;
            case "SINGLE_PARENT_FAMILIES" -> people * 0.02;
            case "POPULATION_GROWTH" -> m.between(-5, 15) / 10.0;
            default -> unit == Indicator.Unit.PERCENT ? m.between(30, 300) / 10.0 : m.between(10, 500);
        };
        for (int year = today.getYear() - YEARS; year < today.getYear(); year++) {
            value = unit == Indicator.Unit.PERCENT
                    ? Math.max(0, value + m.between(-5, 5) / 10.0)
                    : Math.max(0, Math.round(value * (1 + m.between(-20, 25) / 1000.0)));
            LocalDate period = LocalDate.of(year, 1, 1);
            row(
                    out,
                    m.uuid(),
                    network.id,
                    nis,
                    code,
                    "YEAR",
                    period,
                    String.format(Locale.ROOT, "%.1f", value),
                    null,
                    null,
                    "Gegenereerd voor de benchmark",
                    LocalDate.of(year, 6, 1),
                    null,
                    null,
                    null,
                    null,
                    now,
                    now);
        }
    }

    /**
     * Generated municipalities that have no NIS code yet get an invented one (99500 and on, in order of network and
     * position), so that their figures refer to a place; where the generator already gives codes, nothing changes.
     */
    private static void codes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table bench_missing_code on commit drop as
                    select m.id, m.name, '99' || (500 + row_number() over (order by n.slug, m.position))::text as code
                    from municipality m join network n on n.id = m.network_id
                    where n.slug like '%s%%' and m.nis_code is null
                    """.formatted(FlandersData.SLUG_PREFIX));
            statement.execute("""
                    insert into place_municipality (nis_code, name_nl, invented)
                    select code, name, true from bench_missing_code on conflict (nis_code) do nothing
                    """);
            statement.execute("""
                    update municipality u set nis_code = x.code from bench_missing_code x where u.id = x.id
                    """);
        }
    }

    private static List<String> municipalityCodes(Connection connection, Network network) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "select nis_code from municipality where network_id = ? and nis_code is not null order by position")) {
            statement.setObject(1, network.id);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }
}
