package org.stiel.offer.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.stiel.platform.BadRequestException;

/**
 * What an imported file may be and unpack to, checked while reading, so that a zip bomb (a small zip of a huge, highly
 * compressible entry) is refused after at most this much inflating, not after all of it. A network's whole offer is a
 * few megabytes.
 */
final class HsdsFileLimits {

    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    static final int MAX_ENTRIES = 64;
    static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 32 * 1024 * 1024;

    private HsdsFileLimits() {}

    /** The answer to a file past any of the limits: a 400 naming all of them. */
    static BadRequestException tooLarge() {
        return new BadRequestException(
                "hsds.import.file.tooLarge",
                MAX_FILE_BYTES / 1024 / 1024,
                MAX_TOTAL_BYTES / 1024 / 1024,
                MAX_ENTRY_BYTES / 1024 / 1024,
                MAX_ENTRIES);
    }

    /**
     * The zip's CSV files by name (folders left off), in the zip's order, each inflated within the limits.
     *
     * @throws BadRequestException past a limit
     */
    static Map<String, byte[]> csvEntries(InputStream content) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(content)) {
            ZipEntry entry;
            int entries = 0;
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES || entry.getSize() > MAX_ENTRY_BYTES) {
                    throw tooLarge();
                }
                String name = entry.getName().replaceAll(".*/", "");
                boolean wanted = !entry.isDirectory() && name.endsWith(".csv");
                // every entry is inflated here, also those skipped: getNextEntry would inflate them unbounded
                var kept = wanted ? new ByteArrayOutputStream() : null;
                total += bounded(zip, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total), kept);
                if (wanted) {
                    files.put(name, kept.toByteArray());
                }
            }
        }
        return files;
    }

    /**
     * Reads the entry to its end into {@code out} (or nowhere), refused as soon as it inflates past {@code limit}.
     *
     * @return how many bytes it inflated to
     * @throws BadRequestException past the limit
     */
    private static long bounded(InputStream in, long limit, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return read;
    }
}
