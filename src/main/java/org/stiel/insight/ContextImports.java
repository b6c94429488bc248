package org.stiel.insight;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.insight.internal.ImportReading;
import org.stiel.insight.internal.ImportStore;
import org.stiel.insight.internal.StatbelPopulationReader;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * Imports of context figures, for the coordinator: upload a file (read in the background, with progress), look at
 * the preview (the figures it will write, the rows with errors, what is skipped and why), then confirm to write all
 * of it in one transaction, or nothing. The preview lives in the database, so any instance can confirm it.
 */
@Service
@Transactional(readOnly = true)
public class ContextImports {

    private final ImportStore store;
    private final ImportReading reading;
    private final Accounts accounts;
    private final Clock clock;

    ContextImports(ImportStore store, ImportReading reading, Accounts accounts, Clock clock) {
        this.store = store;
        this.reading = reading;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An import as its page and the history show it. */
    public record ImportState(
            UUID id,
            ImportKind kind,
            String fileName,
            String status,
            UUID createdBy,
            Instant createdAt,
            long bytesTotal,
            long bytesRead,
            long rows,
            int figures,
            int errors,
            long skipped,
            Integer written,
            Instant confirmedAt,
            String failure) {

        /** Still reading the file: the page polls. */
        public boolean reading() {
            return "READING".equals(status);
        }

        /** Read, without errors, not yet written. */
        public boolean canConfirm() {
            return "PREVIEW".equals(status);
        }

        public int percent() {
            return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
        }
    }

    /** A figure a preview will write. */
    public record PreviewFigure(
            String nisCode,
            String municipality,
            String indicator,
            String periodKind,
            LocalDate periodDate,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String note) {}

    /**
     * An error in a row (blocks the import), rows skipped (with their count) or a note.
     *
     * @param kind {@code ERROR}, {@code SKIPPED} or {@code NOTE}
     * @param line the file's line, {@code null} for the file as a whole
     */
    public record Issue(String kind, Long line, String column, String messageKey, Object[] arguments, long rows) {}

    public static boolean canImport(StielUser user) {
        return Roles.coordinator(user);
    }

    /**
     * Stores the upload where the background reading finds it (streamed to a temporary file, never held in memory)
     * and starts reading it.
     *
     * @param year the year of a Statbel file; when {@code null}, taken from the file's name
     * @throws RuleViolation on {@code kind}, {@code file} or {@code year}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UUID upload(StielUser actor, ImportKind kind, String fileName, Integer year, InputStream content)
            throws IOException {
        Require.coordinator(actor);
        if (kind == null) {
            throw RuleViolation.on("kind", "insight.import.kind.required");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[^\\w. -]", "_");
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = kind == ImportKind.STATBEL_POPULATION
                ? lower.endsWith(".txt") || lower.endsWith(".csv") || lower.endsWith(".zip")
                : lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".xlsx");
        if (!fits) {
            throw RuleViolation.on("file", "insight.import.file.type." + kind.name());
        }
        Integer theYear = null;
        if (kind == ImportKind.STATBEL_POPULATION) {
            theYear = year != null ? year : StatbelPopulationReader.yearOf(name).orElse(null);
            if (theYear == null) {
                throw RuleViolation.on("year", "insight.import.year.required");
            }
            if (theYear < 1990 || theYear > 2100) {
                throw RuleViolation.on("year", "insight.import.year.range");
            }
        }
        Path file = Files.createTempFile("stiel-import-", lower.substring(Math.max(0, lower.lastIndexOf('.'))));
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(file) == 0) {
                throw RuleViolation.on("file", "insight.import.file.empty");
            }
            UUID id = UUID.randomUUID();
            store.create(id, actor.networkId(), kind, name, actor.id().value(), Files.size(file), StielTime.now(clock));
            reading.start(id, actor.networkId(), kind, name, theYear, file);
            return id;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public ImportState get(StielUser actor, UUID id) {
        Require.coordinator(actor);
        return store.find(actor.networkId(), id).orElseThrow(() -> new NotFoundException("Import"));
    }

    /** The figures the import will write (or would, were it not blocked), a page at a time. */
    public ListPage<PreviewFigure> figures(StielUser actor, UUID id, Paging paging) {
        get(actor, id);
        return store.figures(actor.networkId(), id, paging);
    }

    public List<Issue> issues(StielUser actor, UUID id) {
        get(actor, id);
        return store.issues(actor.networkId(), id).stream()
                .map(i -> new Issue(
                        i.kind().name(),
                        i.line(),
                        i.column(),
                        i.messageKey(),
                        i.arguments().toArray(),
                        i.rows()))
                .toList();
    }

    /** The network's imports, newest first. */
    public ListPage<ImportState> history(StielUser actor, Paging paging) {
        Require.coordinator(actor);
        return store.history(actor.networkId(), paging);
    }

    /** Who started the imports, by name, for the history. */
    public Map<UserId, String> names(StielUser actor, Collection<UUID> ids) {
        Require.coordinator(actor);
        return accounts.displayNames(
                actor.networkId(), ids.stream().map(UserId::new).toList());
    }

    /**
     * Writes the preview's figures, all in this one transaction: new ones added, changed ones replaced, the same
     * values left alone.
     *
     * @return how many figures were added or changed
     * @throws RuleViolation when the import is not a preview that can be written (blocked, written, expired)
     */
    @Transactional
    public int confirm(StielUser actor, UUID id) {
        Require.coordinator(actor);
        String status = store.lockStatus(actor.networkId(), id).orElseThrow(() -> new NotFoundException("Import"));
        if (!"PREVIEW".equals(status)) {
            throw RuleViolation.of("insight.import.notReady." + status);
        }
        return store.write(actor.networkId(), id, actor.id().value(), StielTime.now(clock));
    }
}
