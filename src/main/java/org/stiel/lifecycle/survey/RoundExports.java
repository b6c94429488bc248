package org.stiel.lifecycle.survey;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.RoundResult;
import org.stiel.lifecycle.internal.ResultCircle;
import org.stiel.platform.csv.CsvWriter;
import org.stiel.platform.pdf.PdfRenderer;

/**
 * A round's survey results as a CSV of aggregates and as a PDF summary. Both start from {@link SurveyResults}, so they
 * hold what the results page shows and no more: no answer of one partner about another, and no person at all; trust
 * and value about a partner only from {@value Scores#MIN_ANSWERS} answers on.
 */
@Component
public class RoundExports {

    private static final String TOO_FEW = "too few answers";

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final ResultCircle circle;

    RoundExports(PdfRenderer renderer, MessageSource messages, ResultCircle circle) {
        this.renderer = renderer;
        this.messages = messages;
        this.circle = circle;
    }

    /** One row per figure: section, item, partner (where it is about one), value, and how many answers it rests on. */
    public byte[] csv(SurveyResults results, Locale locale) {
        var out = new StringWriter();
        // names and titles are typed by users: the writer keeps them from being read as formulas
        try (var csv = CsvWriter.rfc4180(out, "section", "item", "partner", "value", "answers")) {
            var c = results.completion();
            csv.row("round", "title", "", results.round().title(), "");
            csv.row("round", "opened_on", "", results.round().openedOn(), "");
            csv.row("completion", "invited_partners", "", c.invited(), "");
            csv.row("completion", "started", "", c.started(), "");
            csv.row("completion", "submitted", "", c.submitted(), "");
            csv.row("completion", "submitted_without_invitation", "", c.uninvited(), "");
            var t = results.thermometer();
            csv.row("temperature", "median", "", t.median() == null ? "" : number(t.median()), t.count());
            for (var band : t.shown() ? t.bands() : List.<Thermometer.Band>of()) {
                csv.row("temperature", "band " + band.from() + ".." + band.to(), "", band.count(), t.count());
            }
            var m = results.map().metrics();
            csv.row("network", "partners", "", m.nodes().size(), "");
            csv.row("network", "links", "", m.links().size(), c.submitted());
            csv.row("network", "density", "", number(m.density()), c.submitted());
            csv.row("network", "degree_centralisation", "", number(m.centralisation()), c.submitted());
            csv.row("network", "isolated_partners", "", m.isolates().size(), c.submitted());
            csv.row(
                    "network",
                    "mean_trust",
                    "",
                    shown(results.trust()),
                    results.trust().answers());
            csv.row(
                    "network",
                    "mean_value",
                    "",
                    shown(results.value()),
                    results.value().answers());
            for (var p : results.partners()) {
                csv.row("partner", "degree", p.name(), p.degree(), "");
                csv.row("partner", "degree_centrality", p.name(), number(p.centrality()), "");
                csv.row(
                        "partner",
                        "mean_trust",
                        p.name(),
                        shown(p.trust()),
                        p.trust().answers());
                csv.row(
                        "partner",
                        "mean_value",
                        p.name(),
                        shown(p.value()),
                        p.value().answers());
            }
            for (var f : results.factors()) {
                csv.row(
                        "factor_group",
                        f.group().name().toLowerCase(Locale.ROOT),
                        "",
                        shown(f.aggregate()),
                        f.aggregate().answers());
                for (var s : f.statements()) {
                    csv.row(
                            "factor",
                            messages.getMessage("survey.factor." + s.factor().name(), null, locale),
                            "",
                            shown(s.aggregate()),
                            s.aggregate().answers());
                }
            }
        }
        // a byte order mark, so that spreadsheet programs read the accents right
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A printable summary: the lifecycle progress per phase, completion, thermometer, network map and the figures.
     *
     * @param lifecycle the round's self-assessment results from the lifecycle facade, drawn as the same circle as on
     *     the results page, with its figures in a table beside it
     */
    public byte[] pdf(SurveyResults results, RoundResult lifecycle, Locale locale) {
        // the platform's renderer embeds DejaVu Sans, which has the minus sign, the degree sign and the en dash
        return renderer.fromXhtml(summaryHtml(results, lifecycle, locale));
    }

    /** The XHTML the PDF is made from; the drawings in it are SVG, which the PDF holds as paths, not as text. */
    String summaryHtml(SurveyResults results, RoundResult lifecycle, Locale locale) {
        return renderer.xhtml(
                "lifecycle/survey/pdf",
                locale,
                Map.of(
                        "results", results,
                        "lifecycle", lifecycle,
                        "circle", circle.render(lifecycle, "circle", locale)));
    }

    private static Object shown(Scores.Aggregate aggregate) {
        return aggregate.shown() ? number(aggregate.mean()) : TOO_FEW;
    }

    /** Two decimals, as a number: the writer neutralises text, and a figure is not text. None where there is none. */
    private static Object number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : "";
    }
}
