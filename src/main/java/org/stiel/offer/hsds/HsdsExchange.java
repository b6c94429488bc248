package org.stiel.offer.hsds;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;

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

    private final HsdsImporter importer;
    private final HsdsApplier applier;
    private final HsdsImportJobs jobs;
    private final HsdsExport export;
    private final TransactionTemplate transaction;

    HsdsExchange(
            HsdsImporter importer,
            HsdsApplier applier,
            HsdsImportJobs jobs,
            HsdsExport export,
            PlatformTransactionManager transactions) {
        this.importer = importer;
        this.applier = applier;
        this.jobs = jobs;
        this.export = export;
        this.transaction = new TransactionTemplate(transactions);
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
            applier.apply(actor, plan, done -> {});
            return plan.report();
        });
    }
    /** Stores an upload with its preview, for the import page. */
    public Job upload(StielUser actor, String fileName, byte[] content) {
        var report = preview(actor, fileName, content);
        return job(actor, jobs.store(actor, fileName, content, report));
    }

    public Job job(StielUser actor, UUID id) {
        requireImport(actor);
        return jobs.find(actor.networkId(), id).orElseThrow(() -> new NotFoundException("Import"));
    }

    /**
     * The network's uploads and imports, newest first, a page at a time; on hsds_import_job_network_page_idx
     * (network_id, created_at desc, id desc).
     */
    public ListPage<JobLine> jobs(StielUser actor, Paging paging) {
        requireImport(actor);
        return jobs.page(actor.networkId(), paging);
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
        jobs.start(actor, job);
        return job(actor, id);
    }

    /** The network's offer as an HSDS organization list, fully nested. */
    public byte[] exportJson(StielUser actor) {
        requireExport(actor);
        return export.json(actor.networkId());
    }

    /** The network's offer as the HSDS tabular data package: a zip of CSV files. */
    public byte[] exportZip(StielUser actor) {
        requireExport(actor);
        return export.zip(actor.networkId());
    }

    private static void requireImport(StielUser user) {
        Require.coordinator(user);
    }

    private static void requireExport(StielUser user) {
        Require.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.PARTNER_STAFF);
    }
}
