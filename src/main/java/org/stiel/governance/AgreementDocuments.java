package org.stiel.governance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.platform.RuleViolation;

/**
 * The signed agreements' documents: one PDF per agreement, kept in the database (ADR 0012). The caller has loaded the
 * agreement in the reader's network and checked who may read or attach.
 */
@Repository
class AgreementDocuments {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;

    AgreementDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the document, replacing an earlier one.
     *
     * @throws RuleViolation when the file is empty, not a PDF or larger than {@link Agreements#MAX_DOCUMENT_BYTES}
     */
    void store(AgreementId id, String fileName, byte[] content, Instant at) {
        if (content == null || content.length == 0) {
            throw RuleViolation.on("file", "governance.document.empty");
        }
        if (content.length > Agreements.MAX_DOCUMENT_BYTES) {
            throw RuleViolation.on("file", "governance.document.too-large");
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw RuleViolation.on("file", "governance.document.not-pdf");
        }
        jdbc.sql("""
                        insert into governance_agreement_document
                            (agreement_id, file_name, content_type, size_bytes, content, uploaded_at)
                        values (?, ?, 'application/pdf', ?, ?, ?)
                        on conflict (agreement_id) do update set file_name = excluded.file_name,
                            size_bytes = excluded.size_bytes, content = excluded.content,
                            uploaded_at = excluded.uploaded_at""")
                .params(id.value(), safeFileName(fileName), content.length, content, java.sql.Timestamp.from(at))
                .update();
    }

    Optional<AgreementDocument> find(AgreementId id) {
        return jdbc.sql("select file_name, content_type, content from governance_agreement_document"
                        + " where agreement_id = ?")
                .param(id.value())
                .query((rs, n) -> new AgreementDocument(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The name and size of the document, without its content. */
    Optional<AgreementView.DocumentInfo> info(AgreementId id) {
        return jdbc.sql("select file_name, size_bytes from governance_agreement_document where agreement_id = ?")
                .param(id.value())
                .query((rs, n) -> new AgreementView.DocumentInfo(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    /** Keeps a file name to safe characters: it goes back out in a Content-Disposition header. */
    static String safeFileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.equals(".pdf")) {
            base = "overeenkomst.pdf";
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base + ".pdf";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }
}
