package org.stiel.offer.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerView;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.csv.CsvWriter;

/**
 * HSDS exchange for a network: coordinators import (a preview first, then the import as a job whose progress the
 * page polls), coordinators and partner staff export. An import is one transaction: with any error it changes
 * nothing, and it can only be started when the preview has none.
 */
@Service
public class HsdsExchange {

    /** A stored upload with its preview, and its progress once started. */
    public record Job(UUID id, String fileName, String status, int total, int done, HsdsReport report, String failure) {

        public int percent() {
            return total == 0 ? 0 : Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return status.equals("RUNNING");
        }

        public boolean finished() {
            return status.equals("DONE") || status.equals("FAILED");
        }
    }

    /**
     * A line of the list of a network's earlier imports: no file content and no report, which can be large.
     *
     * @param status {@code PREVIEW}, {@code RUNNING}, {@code DONE} or {@code FAILED}
     */
    public record JobLine(UUID id, String fileName, String status, Instant createdAt) {}

    /** HSDS columns of numbers that Stiel writes as text (schema type string); all others are text or typed. */
    private static final Set<String> NUMERIC_TEXT = Set.of("bymonthday", "byyearday", "byweekno", "bymonth");

    private final HsdsImporter importer;
    private final Offers offers;
    private final Partners partners;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final TaskExecutor executor;

    HsdsExchange(
            HsdsImporter importer,
            Offers offers,
            Partners partners,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.importer = importer;
        this.offers = offers;
        this.partners = partners;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
    }

    public static boolean canImport(StielUser user) {
        return Roles.coordinator(user);
    }

    public static boolean canExport(StielUser user) {
        return Roles.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.PARTNER_STAFF);
    }

    /** What importing the file would do; writes nothing. */
    public HsdsReport preview(StielUser actor, String fileName, byte[] content) {
        requireImport(actor);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return importer.plan(actor.networkId(), fileName, content).report();
        });
    }

    /**
     * Imports the file at once, in one transaction (the API). Nothing is written when the file has errors: the
     * report says why.
     */
    public HsdsReport importNow(StielUser actor, String fileName, byte[] content) {
        requireImport(actor);
        return transaction.execute(status -> {
            var plan = importer.plan(actor.networkId(), fileName, content);
            if (!plan.errors.isEmpty()) {
                status.setRollbackOnly();
                return plan.report();
            }
            importer.apply(actor, plan, done -> {});
            return plan.report();
        });
    }

    /** Stores an upload with its preview, for the import page. */
    public Job upload(StielUser actor, String fileName, byte[] content) {
        var report = preview(actor, fileName, content);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into hsds_import_job (id, network_id, created_by, file_name, content, status, report)
                        values (?, ?, ?, ?, ?, 'PREVIEW', ?)
                        """)
                .params(
                        id,
                        actor.networkId().value(),
                        actor.id().value(),
                        fileName,
                        content,
                        HsdsReader.JSON.writeValueAsString(report))
                .update();
        return job(actor, id);
    }

    public Job job(StielUser actor, UUID id) {
        requireImport(actor);
        return jdbc.sql("""
                        select id, file_name, status, total, done, report, failure from hsds_import_job
                        where id = ? and network_id = ?
                        """)
                .params(id, actor.networkId().value())
                .query((rs, row) -> new Job(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("status"),
                        rs.getInt("total"),
                        rs.getInt("done"),
                        HsdsReader.JSON.readValue(rs.getString("report"), HsdsReport.class),
                        rs.getString("failure")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    /**
     * The network's uploads and imports, newest first, a page at a time; on hsds_import_job_network_page_idx
     * (network_id, created_at desc, id desc).
     */
    public ListPage<JobLine> jobs(StielUser actor, Paging paging) {
        requireImport(actor);
        Cursor after = paging.after();
        var statement = jdbc.sql(
                        "select id, file_name, status, created_at from hsds_import_job where network_id = :network"
                                + (after == null ? "" : " and (created_at, id) < (:at, :id)")
                                + " order by created_at desc, id desc limit :limit")
                .param("network", actor.networkId().value())
                .param("limit", paging.limit());
        if (after != null) {
            statement = statement.param("at", Timestamp.from(after.instant(0))).param("id", after.uuid(1));
        }
        var rows = statement
                .query((rs, row) -> new JobLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return ListPage.of(rows, paging, job -> Cursor.of(job.createdAt(), job.id()));
    }

    /**
     * Starts the import of a previewed upload in the background. Refused when the preview had errors; a second
     * start of the same job does nothing.
     */
    public Job start(StielUser actor, UUID id) {
        var job = job(actor, id);
        if (!job.report().canImport()) {
            throw new ForbiddenException("The preview has errors");
        }
        int claimed = jdbc.sql("update hsds_import_job set status = 'RUNNING', updated_at = now() where id = ?"
                        + " and status = 'PREVIEW'")
                .param(id)
                .update();
        if (claimed == 1) {
            byte[] content = jdbc.sql("select content from hsds_import_job where id = ?")
                    .param(id)
                    .query(byte[].class)
                    .single();
            executor.execute(() -> run(actor, id, job.fileName(), content));
        }
        return job(actor, id);
    }

    private void run(StielUser actor, UUID id, String fileName, byte[] content) {
        try {
            var report = transaction.execute(status -> {
                var plan = importer.plan(actor.networkId(), fileName, content);
                if (!plan.errors.isEmpty()) {
                    // the network changed since the preview; nothing is written
                    status.setRollbackOnly();
                    return plan.report();
                }
                progress(id, plan.size(), 0);
                importer.apply(actor, plan, done -> progress(id, plan.size(), done));
                return plan.report();
            });
            String status = report.errors().isEmpty() ? "DONE" : "FAILED";
            ownTransaction.executeWithoutResult(
                    tx -> jdbc.sql("update hsds_import_job set status = ?, report = ?, content = '', updated_at = now()"
                                    + " where id = ?")
                            .params(status, HsdsReader.JSON.writeValueAsString(report), id)
                            .update());
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                            "update hsds_import_job set status = 'FAILED', failure = ?, updated_at = now() where id = ?")
                    .params(e.getClass().getSimpleName(), id)
                    .update());
        }
    }

    /** In a transaction of its own, so that the page sees it while the import's transaction is still open. */
    private void progress(UUID id, int total, int done) {
        ownTransaction.executeWithoutResult(
                tx -> jdbc.sql("update hsds_import_job set total = ?, done = ?, updated_at = now() where id = ?")
                        .params(total, done, id)
                        .update());
    }

    /** The network's offer as an HSDS organization list, fully nested. */
    public byte[] exportJson(StielUser actor) {
        requireExport(actor);
        return HsdsReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(organizations(actor.networkId()));
    }

    /** The network's offer as the HSDS tabular data package: a zip of CSV files. */
    public byte[] exportZip(StielUser actor) {
        requireExport(actor);
        var orgs = organizations(actor.networkId());
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var org : orgs) {
            row(tables, "organizations.csv", org);
            for (var location : list(org.get("locations"))) {
                row(tables, "locations.csv", location);
                for (var address : list(location.get("addresses"))) {
                    row(tables, "addresses.csv", address);
                }
            }
            for (var service : list(org.get("services"))) {
                row(tables, "services.csv", service);
                for (String child :
                        new String[] {"schedules", "cost_options", "languages", "phones", "contacts", "attributes"}) {
                    for (var item : list(service.get(child))) {
                        row(tables, child + ".csv", item);
                    }
                }
                for (var sal : list(service.get("service_at_locations"))) {
                    row(tables, "service_at_locations.csv", sal);
                }
            }
        }
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var table : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey()));
                // not closed: that would close the zip; the writer flushes itself when asked
                var csv = CsvWriter.rfc4180(
                        new OutputStreamWriter(zip, StandardCharsets.UTF_8), List.copyOf(table.getValue().columns));
                for (var row : table.getValue().rows) {
                    List<Object> values = new ArrayList<>();
                    for (String column : table.getValue().columns) {
                        Object value = row.get(column);
                        if (value instanceof Map || value instanceof List) {
                            value = null;
                        } else if (NUMERIC_TEXT.contains(column)) {
                            value = CsvWriter.numeric(value);
                        }
                        values.add(value);
                    }
                    csv.row(values);
                }
                csv.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class Table {
        final Set<String> columns = new LinkedHashSet<>();
        final List<Map<String, Object>> rows = new ArrayList<>();
    }

    private static void row(Map<String, Table> tables, String name, Map<String, Object> row) {
        var table = tables.computeIfAbsent(name, n -> new Table());
        row.forEach((key, value) -> {
            if (!(value instanceof Map) && !(value instanceof List)) {
                table.columns.add(key);
            }
        });
        table.rows.add(row);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private List<Map<String, Object>> organizations(NetworkId network) {
        Map<PartnerId, List<OfferView>> byPartner = new LinkedHashMap<>();
        for (var summary : offers.list(network, new OfferFilter(null, null, null, false))) {
            byPartner
                    .computeIfAbsent(summary.partnerId(), p -> new ArrayList<>())
                    .add(offers.get(network, summary.id()));
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (var entry : byPartner.entrySet()) {
            PartnerView partner = partners.get(network, entry.getKey());
            var org = HsdsWriter.organization(partner, true, offers.locationsOf(network, partner.id()));
            org.put(
                    "services",
                    entry.getValue().stream()
                            .map(offer -> (Object) HsdsWriter.service(offer, null))
                            .toList());
            result.add(org);
        }
        return result;
    }

    private static void requireImport(StielUser user) {
        Require.coordinator(user);
    }

    private static void requireExport(StielUser user) {
        Require.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.PARTNER_STAFF);
    }
}
