package org.stiel.insight.internal;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** What the gap pictures share: escaped text, numbers written the same in every locale, the accessible frame. */
final class Svg {

    private Svg() {}

    /** Text for an element or an attribute: {@code <>&"'} escaped, everything else as it is (UTF-8). */
    static String text(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }

    /** A coordinate with one decimal and a dot, whatever the reader's locale (SVG wants a dot). */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Opens the picture: an image for assistive technology, named by its title and described by its description. */
    static void open(
            StringBuilder svg,
            String cssClass,
            double width,
            double height,
            String id,
            String title,
            String description) {
        if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("Not an id: " + id);
        }
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
                .append(cssClass)
                .append(" img-fluid\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"system-ui, sans-serif\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(text(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(text(description))
                .append("</desc>");
    }

    /** A swatch and its label, for the legends. */
    static void swatch(StringBuilder svg, double x, double y, String fill, String label) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"14\" height=\"14\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#495057\"/>");
        svg.append("<text x=\"")
                .append(n(x + 20))
                .append("\" y=\"")
                .append(n(y + 11))
                .append("\" font-size=\"12\" fill=\"#212529\">")
                .append(text(label))
                .append("</text>");
    }
}
