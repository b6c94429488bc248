package org.stiel.referrals.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielTime;
import org.stiel.platform.pdf.PdfRenderer;
import org.stiel.referrals.SubjectAccessReport;

/** The subject access report as a readable PDF, made by the platform's renderer from its own template. */
@Component
class SubjectAccessPdf {

    private final PdfRenderer pdf;

    SubjectAccessPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    byte[] render(SubjectAccessReport report, Locale locale) {
        return pdf.render("referrals/subject-access-pdf", locale, Map.of("report", report, "zone", StielTime.ZONE));
    }
}
