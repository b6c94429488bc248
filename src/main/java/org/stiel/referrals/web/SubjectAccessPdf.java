package org.stiel.referrals.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielTime;
import org.stiel.referrals.SubjectAccessReport;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The subject access report as a readable PDF: the same Thymeleaf template language as the pages, written as strict
 * XHTML because openhtmltopdf parses XML.
 */
@Component
class SubjectAccessPdf {

    private final ITemplateEngine templates;

    SubjectAccessPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(SubjectAccessReport report, Locale locale) {
        var context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("zone", StielTime.ZONE);
        String html = templates.process("referrals/subject-access-pdf", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
