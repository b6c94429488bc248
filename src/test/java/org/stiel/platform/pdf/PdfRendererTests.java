package org.stiel.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stiel.TestPdfs;
import org.thymeleaf.TemplateEngine;

/**
 * A PDF looks the same in every reader and shows every Dutch and French letter and sign it holds: its text is set in
 * the embedded DejaVu Sans, whichever font family a template names or when it names none.
 */
class PdfRendererTests {

    static final String TEXT = "Één café à Liège, déjà vu: coördinatie, ç, œ, ê, ï, ü, −5° – 20° €";

    final PdfRenderer renderer = new PdfRenderer(new TemplateEngine());

    @Test
    void dutchAndFrenchTextIsKeptAndEveryFontIsEmbedded() throws Exception {
        for (String family : new String[] {"sans-serif", "serif", "monospace", "'DejaVu Sans'", null}) {
            String style = family == null ? "" : "<style>body { font-family: " + family + "; }</style>";
            byte[] pdf = renderer.fromXhtml("<html><head>" + style + "</head><body><p>" + TEXT + "</p>" + "<p><b>Vet: "
                    + TEXT + "</b></p><p><i>Schuin: " + TEXT + "</i></p></body></html>");

            assertThat(TestPdfs.text(pdf)).as(family).contains(TEXT).contains("Vet: " + TEXT);
            assertThat(TestPdfs.fonts(pdf)).as(family).isNotEmpty().allSatisfy(font -> {
                assertThat(font.name()).contains("DejaVuSans");
                assertThat(font.embeddedTrueType()).isTrue();
            });
        }
    }
}
