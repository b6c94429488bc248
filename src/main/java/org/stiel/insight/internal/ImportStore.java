package org.stiel.insight.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.insight.ContextImports.ImportState;
import org.stiel.insight.ContextImports.PreviewFigure;
import org.stiel.insight.ImportKind;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/** The imports' rows: the import itself with its progress, the staged figures and the issues. */
@Component
public class ImportStore {

    private static final String STATE = """
            select id, kind, file_name, status, created_by, created_at, bytes_total, bytes_read, rows_read, figures,
                   errors, skipped, written, confirmed_at, failure
            from insight_import
            """;

    private final JdbcClient jdbc;
    private final Networks networks;

    ImportStore(JdbcClient jdbc, Networks networks) {
        this.networks = networks;
        this.jdbc = jdbc;
    }

    public void create(
            UUID id, NetworkId network, ImportKind kind, String fileName, UUID createdBy, long size, Instant now) {
        jdbc.sql("""
                        insert into insight_import (id, network_id, kind, file_name, created_by, created_at, updated_at,
                                                    status, bytes_total)
                        values (?, ?, ?, ?, ?, ?, ?, 'READING', ?)
                        """)
                .params(
                        id,
                        network.value(),
                        kind.name(),
                        fileName,
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        size)
                .update();
    }

    public void progress(UUID id, long bytesRead, long rows) {
        jdbc.sql("update insight_import set bytes_read = ?, rows_read = ?, updated_at = now() where id = ?"
                        + " and status = 'READING'")
                .params(bytesRead, rows, id)
                .update();
    }

    /** The preview: the figures and issues, and the state that says whether it can be confirmed. */
    public void staged(
            UUID id, long rows, List<ImportedFigure> figures, List<ImportIssue> issues, int errors, long skipped) {
        jdbc.sql("delete from insight_import_figure where import_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from insight_import_issue where import_id = ?")
                .param(id)
                .update();
        for (var figure : figures) {
            jdbc.sql("""
                            insert into insight_import_figure (import_id, nis_code, indicator, period_kind, period_date,
                                        value, numerator, denominator, source, published_on, licence, note)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            figure.nisCode(),
                            figure.indicator(),
                            figure.periodKind(),
                            figure.periodDate(),
                            figure.value(),
                            figure.numerator(),
                            figure.denominator(),
                            figure.source(),
                            figure.publishedOn(),
                            figure.licence(),
                            figure.note())
                    .update();
        }
        int seq = 0;
        for (var issue : issues) {
            jdbc.sql("""
                            insert into insight_import_issue (import_id, seq, kind, line, column_name, message_key,
                                                              arguments, row_count)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            seq++,
                            issue.kind().name(),
                            issue.line(),
                            issue.column(),
                            issue.messageKey(),
                            issue.arguments().toArray(String[]::new),
                            issue.rows())
                    .update();
        }
        jdbc.sql("""
                        update insight_import set status = ?, rows_read = ?, bytes_read = bytes_total, figures = ?,
                               errors = ?, skipped = ?, updated_at = now()
                        where id = ? and status = 'READING'
                        """)
                .params(errors > 0 ? "BLOCKED" : "PREVIEW", rows, figures.size(), errors, skipped, id)
                .update();
    }

    public void failed(UUID id, String why) {
        jdbc.sql("update insight_import set status = 'FAILED', failure = ?, updated_at = now() where id = ?"
                        + " and status = 'READING'")
                .params(why, id)
                .update();
    }

    public Optional<ImportState> find(NetworkId network, UUID id) {
        return jdbc.sql(STATE + " where id = ? and network_id = ?")
                .params(id, network.value())
                .query(ImportStore::state)
                .optional();
    }

    /** The import's state, locked until the transaction ends: two confirmations of one import write once. */
    public Optional<String> lockStatus(NetworkId network, UUID id) {
        return jdbc.sql("select status from insight_import where id = ? and network_id = ? for update")
                .params(id, network.value())
                .query(String.class)
                .optional();
    }

    /**
     * Writes the staged figures of the import into the network's figures: new ones inserted, changed ones updated,
     * the same values left alone (so that importing a file again changes nothing).
     *
     * @return how many figures were inserted or changed
     */
    public int write(NetworkId network, UUID id, UUID by, Instant now) {
        int written = jdbc.sql("""
                        insert into insight_figure (id, network_id, nis_code, indicator, period_kind, period_date, value,
                                                    numerator, denominator, source, published_on, licence, entered_by,
                                                    import_id, note, created_at, updated_at)
                        select gen_random_uuid(), :network, s.nis_code, s.indicator, s.period_kind, s.period_date,
                               s.value, s.numerator, s.denominator, s.source, s.published_on, s.licence, :by, s.import_id,
                               s.note, :now, :now
                        from insight_import_figure s where s.import_id = :id
                        on conflict (network_id, indicator, nis_code, period_kind, period_date) do update
                        set value = excluded.value, numerator = excluded.numerator,
                            denominator = excluded.denominator, source = excluded.source,
                            published_on = excluded.published_on, licence = excluded.licence,
                            entered_by = excluded.entered_by, import_id = excluded.import_id, note = excluded.note,
                            updated_at = excluded.updated_at
                        where (insight_figure.value, insight_figure.numerator, insight_figure.denominator,
                               insight_figure.source, insight_figure.published_on, insight_figure.licence)
                              is distinct from
                              (excluded.value, excluded.numerator, excluded.denominator, excluded.source,
                               excluded.published_on, excluded.licence)
                        """)
                .param("network", network.value())
                .param("by", by)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        update insight_import set status = 'DONE', written = ?, confirmed_at = ?, updated_at = ?
                        where id = ?
                        """)
                .params(written, Timestamp.from(now), Timestamp.from(now), id)
                .update();
        jdbc.sql("delete from insight_import_figure where import_id = ?")
                .param(id)
                .update();
        return written;
    }

    /** The figures a preview will write, a page at a time in a stable order (indicator, municipality, period). */
    public ListPage<PreviewFigure> figures(NetworkId network, UUID id, Paging paging) {
        Cursor after = paging.after();
        var statement = jdbc.sql("""
                        select s.nis_code, s.indicator, s.period_kind,
                               s.period_date, s.value, s.numerator, s.denominator, s.note
                        from insight_import_figure s
                        join insight_import i on i.id = s.import_id and i.network_id = :network
                        where s.import_id = :id
                        """
                        + (after == null
                                ? ""
                                : " and (s.indicator, s.nis_code, s.period_kind, s.period_date)"
                                        + " > (:indicator, :nis, :kind, :date)")
                        + " order by s.indicator, s.nis_code, s.period_kind, s.period_date limit :limit")
                .param("network", network.value())
                .param("id", id)
                .param("limit", paging.limit());
        if (after != null) {
            statement = statement
                    .param("indicator", after.text(0))
                    .param("nis", after.text(1))
                    .param("kind", after.text(2))
                    .param("date", after.date(3));
        }
        // the staged figures are all of the network's municipalities: their names come from the network
        var names = networks.municipalityCodes(network);
        var rows = statement
                .query((rs, row) -> new PreviewFigure(
                        rs.getString("nis_code"),
                        names.getOrDefault(rs.getString("nis_code"), rs.getString("nis_code")),
                        rs.getString("indicator"),
                        rs.getString("period_kind"),
                        rs.getObject("period_date", LocalDate.class),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("numerator"),
                        rs.getBigDecimal("denominator"),
                        rs.getString("note")))
                .list();
        return ListPage.of(rows, paging, f -> Cursor.of(f.indicator(), f.nisCode(), f.periodKind(), f.periodDate()));
    }

    public List<ImportIssue> issues(NetworkId network, UUID id) {
        return jdbc.sql("""
                        select s.kind, s.line, s.column_name, s.message_key, s.arguments, s.row_count
                        from insight_import_issue s
                        join insight_import i on i.id = s.import_id and i.network_id = ?
                        where s.import_id = ? order by s.seq
                        """)
                .params(network.value(), id)
                .query((rs, row) -> new ImportIssue(
                        ImportIssue.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("line", Long.class),
                        rs.getString("column_name"),
                        rs.getString("message_key"),
                        strings(rs.getArray("arguments")),
                        rs.getLong("row_count")))
                .list();
    }

    /** The network's imports, newest first, a page at a time (on insight_import_network_idx). */
    public ListPage<ImportState> history(NetworkId network, Paging paging) {
        Cursor after = paging.after();
        var statement = jdbc.sql(STATE + " where network_id = :network"
                        + (after == null ? "" : " and (created_at, id) < (:at, :id)")
                        + " order by created_at desc, id desc limit :limit")
                .param("network", network.value())
                .param("limit", paging.limit());
        if (after != null) {
            statement = statement.param("at", Timestamp.from(after.instant(0))).param("id", after.uuid(1));
        }
        var rows = statement.query(ImportStore::state).list();
        return ListPage.of(rows, paging, state -> Cursor.of(state.createdAt(), state.id()));
    }

    /**
     * Previews nobody confirmed for a day expire and lose their staged figures; a reading that has not moved for an
     * hour was cut off (the instance stopped) and has failed.
     */
    public int cleanUp(Instant now) {
        var day = Timestamp.from(now.minusSeconds(24 * 3600));
        var hour = Timestamp.from(now.minusSeconds(3600));
        int expired = jdbc.sql("""
                        update insight_import set status = 'EXPIRED', updated_at = now()
                        where status in ('PREVIEW', 'BLOCKED') and updated_at < ?
                        """).param(day).update();
        int failed = jdbc.sql("""
                        update insight_import set status = 'FAILED', failure = 'interrupted', updated_at = now()
                        where status = 'READING' and updated_at < ?
                        """).param(hour).update();
        jdbc.sql("""
                        delete from insight_import_figure f using insight_import i
                        where i.id = f.import_id and i.status in ('EXPIRED', 'FAILED')
                        """).update();
        return expired + failed;
    }

    private static ImportState state(ResultSet rs, int row) throws SQLException {
        var confirmed = rs.getTimestamp("confirmed_at");
        return new ImportState(
                rs.getObject("id", UUID.class),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("bytes_total"),
                rs.getLong("bytes_read"),
                rs.getLong("rows_read"),
                rs.getInt("figures"),
                rs.getInt("errors"),
                rs.getLong("skipped"),
                rs.getObject("written", Integer.class),
                confirmed == null ? null : confirmed.toInstant(),
                rs.getString("failure"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
