package org.stiel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says and which fonts it uses, read with PDFBox as a reader would. */
public final class TestPdfs {

    /** A font used in the PDF, and whether its TrueType program travels inside the file (a FontFile2 stream). */
    public record Font(String name, boolean embeddedTrueType) {}

    private TestPdfs() {}

    public static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every font of every page, including those of drawings (form XObjects) on it. */
    public static List<Font> fonts(byte[] pdf) throws IOException {
        var fonts = new ArrayList<Font>();
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                collect(page.getResources(), fonts);
            }
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<Font> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            var font = resources.getFont(name);
            var descriptor = font.getFontDescriptor();
            fonts.add(new Font(font.getName(), descriptor != null && descriptor.getFontFile2() != null));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
