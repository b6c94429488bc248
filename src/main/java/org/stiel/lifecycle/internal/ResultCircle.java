package org.stiel.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.stiel.lifecycle.RoundResult;

/**
 * Draws a round's progress as the lifecycle circle: five ring segments in circle order, clockwise from the top, each
 * filled from the inside outwards as far as the phase's share of "in place". Server-side SVG, so it needs no script
 * and prints; an image with a title and a description that says the figures, and the page puts a table beside it.
 *
 * <p>Public inside the module (not its API) so that the pages and the PDF summary of a round draw the same circle.
 */
@Component
public class ResultCircle {

    static final int SIZE = 360;
    static final double CENTRE = SIZE / 2.0;
    static final double INNER = 46;
    static final double OUTER = 140;
    static final double LABEL = 160;
    private static final double GAP_DEGREES = 2;

    /** Colours per phase, each at least 3:1 against white and the light track. */
    private static final String[] COLOURS = {"#1d4e5f", "#2f6f3e", "#8a4b08", "#5b3a8c", "#a3293d"};

    private final MessageSource messages;

    public ResultCircle(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The SVG markup (safe to insert unescaped: every text in it is escaped); {@code idPrefix} keeps the title and
     * description ids apart when a page shows two circles.
     */
    public String render(RoundResult result, String idPrefix, Locale locale) {
        var svg = new StringBuilder();
        String title = idPrefix + "-title";
        String desc = idPrefix + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lifecycle-circle img-fluid\" width=\"" + SIZE
                        + "\" height=\"" + SIZE + "\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(title)
                .append(' ')
                .append(desc)
                .append("\">");
        svg.append("<title id=\"")
                .append(title)
                .append("\">")
                .append(escape(messages.getMessage(
                        "lifecycle.circle.title", new Object[] {result.round().title()}, locale)))
                .append("</title>");
        List<String> parts = new ArrayList<>();
        for (var phase : result.phases()) {
            Integer percent = phase.tally().percent();
            parts.add(messages.getMessage("phase." + phase.phase().name(), null, locale) + ": "
                    + (percent == null
                            ? messages.getMessage("lifecycle.circle.noAnswers", null, locale)
                            : percent + "%"));
        }
        svg.append("<desc id=\"")
                .append(desc)
                .append("\">")
                .append(escape(String.join("; ", parts)))
                .append("</desc>");
        for (var phase : result.phases()) {
            int i = phase.phase().ordinal();
            double start = i * 72 + GAP_DEGREES / 2;
            double end = (i + 1) * 72 - GAP_DEGREES / 2;
            Double progress = phase.tally().progress();
            svg.append("<path class=\"lifecycle-track\" fill=\"#e9ecef\" stroke=\"#6c757d\" stroke-width=\"1\" d=\"")
                    .append(sector(start, end, INNER, OUTER))
                    .append("\"/>");
            if (progress != null && progress > 0) {
                svg.append("<path class=\"lifecycle-fill\" data-phase=\"")
                        .append(phase.phase().name())
                        .append("\" data-progress=\"")
                        .append(String.format(Locale.ROOT, "%.4f", progress))
                        .append("\" fill=\"")
                        .append(COLOURS[i])
                        .append("\" d=\"")
                        .append(sector(start, end, INNER, fillRadius(progress)))
                        .append("\"/>");
            }
            double mid = Math.toRadians((start + end) / 2);
            Integer percent = phase.tally().percent();
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\""
                            + " font-size=\"14\" fill=\"#212529\">%d · %s</text>",
                    CENTRE + LABEL * Math.sin(mid),
                    CENTRE - LABEL * Math.cos(mid),
                    i + 1,
                    percent == null ? "–" : percent + "%"));
        }
        Integer overall = result.overall().percent();
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"20\""
                        + " font-weight=\"bold\" fill=\"#212529\">%s</text>",
                CENTRE,
                CENTRE,
                overall == null ? "–" : overall + "%"));
        svg.append("</svg>");
        return svg.toString();
    }

    /** How far out a segment is filled: its area grows with the radius, but a reader compares lengths. */
    static double fillRadius(double progress) {
        return INNER + (OUTER - INNER) * progress;
    }

    /** An annular sector between two angles (degrees clockwise from the top) and two radii, as path data. */
    static String sector(double startDegrees, double endDegrees, double inner, double outer) {
        double a = Math.toRadians(startDegrees);
        double b = Math.toRadians(endDegrees);
        return String.format(
                Locale.ROOT,
                "M%.2f %.2f A%.2f %.2f 0 0 1 %.2f %.2f L%.2f %.2f A%.2f %.2f 0 0 0 %.2f %.2f Z",
                CENTRE + outer * Math.sin(a),
                CENTRE - outer * Math.cos(a),
                outer,
                outer,
                CENTRE + outer * Math.sin(b),
                CENTRE - outer * Math.cos(b),
                CENTRE + inner * Math.sin(b),
                CENTRE - inner * Math.cos(b),
                inner,
                inner,
                CENTRE + inner * Math.sin(a),
                CENTRE - inner * Math.cos(a));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
