package org.stiel.insight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.zip.ZipInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.insight.ImportKind;
import org.stiel.insight.Indicator;
import org.stiel.network.NetworkId;

/**
 * Reads an uploaded file in the background: streamed, the progress (bytes and rows) written as it goes so that the
 * page's progress bar moves, and at the end the preview (figures and issues) stored in one transaction. The file is
 * deleted afterwards; only the preview stays.
 */
@Component
public class ImportReading {

    private static final Logger log = LoggerFactory.getLogger(ImportReading.class);

    /** What a zipped Statbel file may inflate to: the Belgian file is some 100 MB; more is no Statbel file. */
    static final long MAX_INFLATED_BYTES = 1024L * 1024 * 1024;

    private final ImportPlaces places;
    private final ImportIndicators indicators;
    private final ImportStore store;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;

    ImportReading(
            ImportPlaces places,
            ImportIndicators indicators,
            ImportStore store,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.places = places;
        this.indicators = indicators;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.executor = executor;
    }

    /** Reads the file in the background; it is deleted when read. */
    public void start(UUID id, NetworkId network, ImportKind kind, String fileName, Integer year, Path file) {
        executor.execute(() -> read(id, network, kind, fileName, year, file));
    }

    void read(UUID id, NetworkId network, ImportKind kind, String fileName, Integer year, Path file) {
        try (var counted = BoundedInputStream.builder().setPath(file).get()) {
            var lookup = places.lookup(network);
            var sums = new FigureSums();
            var findings = new ImportFindings();
            LongConsumer progress = rows -> store.progress(id, counted.getCount(), rows);
            Function<String, Indicator.Unit> unitOf;
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (kind == ImportKind.STATBEL_POPULATION) {
                InputStream in = lower.endsWith(".zip") ? firstTextEntry(counted) : counted;
                StatbelPopulationReader.read(
                        new InputStreamReader(in, StandardCharsets.UTF_8), year, lookup, sums, findings, progress);
                unitOf = code -> Indicator.Unit.COUNT;
            } else {
                var catalogue = indicators.of(network);
                try (var table = lower.endsWith(".xlsx") ? TableRows.xlsx(file) : TableRows.csv(counted)) {
                    LongTableReader.read(table, lookup, catalogue, sums, findings, progress);
                }
                unitOf = catalogue::unit;
            }
            List<ImportIssue> notes = new ArrayList<>();
            var figures = sums.figures(unitOf, lookup, notes);
            var issues = findings.issues(notes);
            transaction.executeWithoutResult(tx ->
                    store.staged(id, findings.rows(), figures, issues, findings.errorCount(), findings.skipped()));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // a file that is no CSV, XLSX or zip: the page says so; what was wrong with it stays out of the log
            log.info("Import {} could not be read: {}", id, e.getClass().getSimpleName());
            store.failed(id, "unreadable");
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            store.failed(id, "error");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload of import {}", id);
            }
        }
    }

    /** Statbel publishes its file zipped: the first .txt or .csv in the zip, inflated within a limit. */
    private static InputStream firstTextEntry(InputStream in) throws IOException {
        var zip = new ZipInputStream(in);
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (name.endsWith(".txt") || name.endsWith(".csv"))) {
                return BoundedInputStream.builder()
                        .setInputStream(zip)
                        .setMaxCount(MAX_INFLATED_BYTES)
                        .setOnMaxCount((max, count) -> {
                            throw new IOException("The zip inflates past " + max + " bytes");
                        })
                        .get();
            }
        }
        throw new IOException("No .txt or .csv in the zip");
    }
}
