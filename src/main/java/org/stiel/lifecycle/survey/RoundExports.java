package org.stiel.lifecycle.survey;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.ResultCircle;
import org.stiel.lifecycle.RoundResult;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A round's survey results as a CSV of aggregates and as a PDF summary. Both start from {@link SurveyResults}, so they
 * hold what the results page shows and no more: no answer of one partner about another, and no person at all; trust
 * and value about a partner only from {@value Scores#MIN_ANSWERS} answers on.
 */
@Component
public class RoundExports {

    private static final String TOO_FEW = "too few answers";

    /** The PDF's font: the built-in PDF fonts lack the minus sign, the degree sign's neighbours and the en dash. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ResultCircle circle;

    RoundExports(ITemplateEngine templates, MessageSource messages, ResultCircle circle) {
        this.templates = templates;
        this.messages = messages;
        this.circle = circle;
    }

    /** One row per figure: section, item, partner (where it is about one), value, and how many answers it rests on. */
    public byte[] csv(SurveyResults results, Locale locale) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader("section", "item", "partner", "value", "answers")
                .get();
        try (var csv = new CSVPrinter(out, format)) {
            var c = results.completion();
            csv.printRecord("round", "title", "", results.round().title(), "");
            csv.printRecord("round", "opened_on", "", results.round().openedOn(), "");
            csv.printRecord("completion", "invited_partners", "", c.invited(), "");
            csv.printRecord("completion", "started", "", c.started(), "");
            csv.printRecord("completion", "submitted", "", c.submitted(), "");
            csv.printRecord("completion", "submitted_without_invitation", "", c.uninvited(), "");
            var t = results.thermometer();
            csv.printRecord("temperature", "median", "", t.median() == null ? "" : number(t.median()), t.count());
            for (var band : t.shown() ? t.bands() : List.<Thermometer.Band>of()) {
                csv.printRecord("temperature", "band " + band.from() + ".." + band.to(), "", band.count(), t.count());
            }
            var m = results.map().metrics();
            csv.printRecord("network", "partners", "", m.nodes().size(), "");
            csv.printRecord("network", "links", "", m.links().size(), c.submitted());
            csv.printRecord("network", "density", "", number(m.density()), c.submitted());
            csv.printRecord("network", "degree_centralisation", "", number(m.centralisation()), c.submitted());
            csv.printRecord("network", "isolated_partners", "", m.isolates().size(), c.submitted());
            csv.printRecord(
                    "network",
                    "mean_trust",
                    "",
                    shown(results.trust()),
                    results.trust().answers());
            csv.printRecord(
                    "network",
                    "mean_value",
                    "",
                    shown(results.value()),
                    results.value().answers());
            for (var p : results.partners()) {
                csv.printRecord("partner", "degree", p.name(), p.degree(), "");
                csv.printRecord("partner", "degree_centrality", p.name(), number(p.centrality()), "");
                csv.printRecord(
                        "partner",
                        "mean_trust",
                        p.name(),
                        shown(p.trust()),
                        p.trust().answers());
                csv.printRecord(
                        "partner",
                        "mean_value",
                        p.name(),
                        shown(p.value()),
                        p.value().answers());
            }
            for (var f : results.factors()) {
                csv.printRecord(
                        "factor_group",
                        f.group().name().toLowerCase(Locale.ROOT),
                        "",
                        shown(f.aggregate()),
                        f.aggregate().answers());
                for (var s : f.statements()) {
                    csv.printRecord(
                            "factor",
                            messages.getMessage("survey.factor." + s.factor().name(), null, locale),
                            "",
                            shown(s.aggregate()),
                            s.aggregate().answers());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        String html = summaryHtml(results, lifecycle, locale);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // embedded (subset) from the jar, so the PDF looks the same on every machine and has every sign it uses
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is made from; the drawings in it are SVG, which the PDF holds as paths, not as text. */
    String summaryHtml(SurveyResults results, RoundResult lifecycle, Locale locale) {
        var context = new Context(locale);
        context.setVariable("results", results);
        context.setVariable("lifecycle", lifecycle);
        context.setVariable("circle", circle.render(lifecycle, "circle", locale));
        return templates.process("lifecycle/survey/pdf", context);
    }

    private static InputStream font(String name) {
        var in = RoundExports.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + name);
        }
        return in;
    }

    private static String shown(Scores.Aggregate aggregate) {
        return aggregate.shown() ? number(aggregate.mean()) : TOO_FEW;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
