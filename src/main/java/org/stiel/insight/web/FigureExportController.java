package org.stiel.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.StielUser;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureView;
import org.stiel.insight.IndicatorView;
import org.stiel.insight.Indicators;
import org.stiel.platform.csv.CsvWriter;
import org.stiel.platform.xlsx.XlsxWriter;

/**
 * The figures the reader may read, as CSV or XLSX, in the columns of a long table (one row per municipality, period
 * and indicator), so that an export imports again. Written row by row as the database hands them over; the XLSX keeps
 * a window of rows in memory, not the sheet.
 */
@Controller
@RequestMapping("/insight/figures")
class FigureExportController {

    static final List<String> HEADER = List.of(
            "nis_code",
            "municipality",
            "indicator",
            "indicator_name",
            "unit",
            "period",
            "value",
            "numerator",
            "denominator",
            "source",
            "published_on",
            "licence");

    private final ContextFigures figures;
    private final Indicators indicators;

    FigureExportController(ContextFigures figures, Indicators indicators) {
        this.figures = figures;
        this.indicators = indicators;
    }

    /** @param indicator the indicators to export (repeatable); none: every indicator the reader may read */
    @GetMapping("/export.csv")
    void csv(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) List<String> indicator,
            HttpServletResponse response)
            throws IOException {
        var chosen = chosen(user, indicator);
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "figures.csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (var csv = CsvWriter.rfc4180(out, HEADER)) {
            figures.each(user, chosen.keySet(), f -> csv.row(cells(f, chosen.get(f.indicator()))));
        }
    }

    @GetMapping("/export.xlsx")
    void xlsx(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) List<String> indicator,
            HttpServletResponse response)
            throws IOException {
        var chosen = chosen(user, indicator);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "figures.xlsx");
        try (var xlsx = XlsxWriter.to(response.getOutputStream())) {
            xlsx.sheet("figures", HEADER);
            figures.each(user, chosen.keySet(), f -> xlsx.row(cells(f, chosen.get(f.indicator()))));
        }
    }

    /** The indicators asked for that the reader may read (404 for one they may not), by code. */
    private Map<String, IndicatorView> chosen(StielUser user, List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            return indicators.visible(user).stream()
                    .collect(Collectors.toMap(
                            IndicatorView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        }
        return asked.stream()
                .distinct()
                .map(code -> indicators.get(user, code))
                .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Object> cells(FigureView f, IndicatorView indicator) {
        return Arrays.asList(
                f.nisCode(),
                f.municipality(),
                f.indicator(),
                indicator.name(),
                indicator.unit().name(),
                f.period().label(),
                plain(f.value()),
                plain(f.numerator()),
                plain(f.denominator()),
                f.source(),
                f.publishedOn() == null ? null : f.publishedOn().toString(),
                f.licence());
    }

    /** 412 rather than 412.0000 (numeric(14, 4)), and never 4.12E+2. */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        var stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
