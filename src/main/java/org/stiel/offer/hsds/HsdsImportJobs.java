package org.stiel.offer.hsds;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.offer.hsds.HsdsExchange.Job;
import org.stiel.offer.hsds.HsdsExchange.JobLine;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The import page's jobs: an upload is stored with its preview, started in the background, and its progress written
 * in transactions of their own, so that the page sees it while the import's transaction is still open.
 */
@Component
class HsdsImportJobs {

    private final HsdsImporter importer;
    private final HsdsApplier applier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final TaskExecutor executor;

    HsdsImportJobs(
            HsdsImporter importer,
            HsdsApplier applier,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.importer = importer;
        this.applier = applier;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
    }

    /** Stores an upload with its preview, for the import page. */
    UUID store(StielUser actor, String fileName, byte[] content, HsdsReport report) {
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
        return id;
    }

    Optional<Job> find(NetworkId network, UUID id) {
        return jdbc.sql("""
                        select id, file_name, status, total, done, report, failure from hsds_import_job
                        where id = ? and network_id = ?
                        """)
                .params(id, network.value())
                .query((rs, row) -> new Job(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("status"),
                        rs.getInt("total"),
                        rs.getInt("done"),
                        HsdsReader.JSON.readValue(rs.getString("report"), HsdsReport.class),
                        rs.getString("failure")))
                .optional();
    }

    /**
     * The network's uploads and imports, newest first, a page at a time; on hsds_import_job_network_page_idx
     * (network_id, created_at desc, id desc).
     */
    ListPage<JobLine> page(NetworkId network, Paging paging) {
        Cursor after = paging.after();
        var statement = jdbc.sql(
                        "select id, file_name, status, created_at from hsds_import_job where network_id = :network"
                                + (after == null ? "" : " and (created_at, id) < (:at, :id)")
                                + " order by created_at desc, id desc limit :limit")
                .param("network", network.value())
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

    /** Starts the import of a previewed upload in the background; a second start of the same job does nothing. */
    void start(StielUser actor, Job job) {
        UUID id = job.id();
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
                applier.apply(actor, plan, done -> progress(id, plan.size(), done));
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
}
