package org.stiel.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one way modules make a PDF: a Thymeleaf template written as strict XHTML (openhtmltopdf parses XML), rendered
 * by openhtmltopdf with SVG drawings and with every font embedded.
 *
 * <p>Every text is set in DejaVu Sans (Bitstream Vera licence, see {@code fonts/DejaVu-LICENSE.txt}), embedded as a
 * subset from the application's jar. The PDF's built-in fonts (Helvetica, Times) are not embedded, so each reader
 * substitutes its own, and they lack signs the documents use (the minus sign, the en dash's neighbours, the euro
 * sign in some readers). DejaVu Sans is therefore registered under its own name and under the generic families a
 * template may name ({@code sans-serif}, {@code serif}, {@code monospace}), which also covers a template that names
 * none. A template must not name another font (Arial, Helvetica): openhtmltopdf would set it in an unembedded
 * built-in font.
 */
@Component
public class PdfRenderer {

    /** The family name templates may use for the embedded font; the generic families get it as well. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * The embedded font's own name and openhtmltopdf's internal names of the generic CSS families ({@code serif}
     * being the default): a family registered here is found before the built-in, unembedded fonts.
     */
    private static final List<String> FAMILIES = List.of(FONT_FAMILY, "SansSerif", "Serif", "Monospaced");

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The PDF of a template.
     *
     * @param template the template's name, e.g. {@code referrals/subject-access-pdf}
     * @param locale the language of its texts
     * @param variables the template's model
     */
    public byte[] render(String template, Locale locale, Map<String, ?> variables) {
        return fromXhtml(xhtml(template, locale, variables));
    }

    /** The XHTML a template makes, before it becomes a PDF: for tests of what the drawings in it show. */
    public String xhtml(String template, Locale locale, Map<String, ?> variables) {
        var context = new Context(locale);
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** The PDF of a well-formed XHTML document. */
    public byte[] fromXhtml(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (String family : FAMILIES) {
                // subset = true: only the glyphs the document uses go into the file
                builder.useFont(() -> font("DejaVuSans.ttf"), family, 400, FontStyle.NORMAL, true);
                builder.useFont(() -> font("DejaVuSans-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        var in = PdfRenderer.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + name);
        }
        return in;
    }
}
