package org.stiel.insight.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureId;
import org.stiel.insight.FigureView;
import org.stiel.insight.IndicatorView;
import org.stiel.insight.Indicators;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/**
 * The context figures: per indicator a table of the network's municipalities by the latest periods, each figure with
 * its source, publication date and licence; per municipality the trend over the years as a picture and a table.
 */
@Controller
@RequestMapping("/insight/figures")
class FiguresPageController {

    /** A figure in a table: its value as written, and where it comes from (the cell's tooltip). */
    record Cell(FigureView figure, String text, String origin) {}

    /** A municipality's row of cells, one per period of the table ({@code null} where there is no figure). */
    record Line(String nisCode, String municipality, List<Cell> cells) {}

    private final ContextFigures figures;
    private final Indicators indicators;
    private final Accounts accounts;
    private final MessageSource messages;

    FiguresPageController(ContextFigures figures, Indicators indicators, Accounts accounts, MessageSource messages) {
        this.figures = figures;
        this.indicators = indicators;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String table(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var visible = indicators.visible(user);
        model.addAttribute("indicators", visible);
        model.addAttribute("canEdit", Roles.coordinator(user));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (visible.isEmpty()) {
            return "insight/figures";
        }
        String code =
                indicator == null || indicator.isBlank() ? visible.getFirst().code() : indicator;
        var table = figures.table(user, code, Paging.of(after, size));
        var view = table.indicator();
        model.addAttribute("indicator", view);
        model.addAttribute("periods", table.periods());
        model.addAttribute(
                "lines",
                table.rows().items().stream()
                        .map(row -> new Line(
                                row.nisCode(),
                                row.municipality(),
                                row.cells().stream()
                                        .map(f -> f == null ? null : cell(f, view, locale))
                                        .toList()))
                        .toList());
        model.addAttribute("next", PageLinks.next(request, table.rows()));
        boolean partial = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        if (partial && after != null) {
            return "insight/figures :: rows";
        }
        return "insight/figures";
    }

    @GetMapping("/trend")
    String trend(
            @AuthenticationPrincipal StielUser user,
            @RequestParam String indicator,
            @RequestParam String municipality,
            Locale locale,
            Model model) {
        var view = indicators.get(user, indicator);
        Map<String, String> names = figures.municipalities(user);
        var trend = figures.trend(user, indicator, municipality);
        String name = names.get(municipality);
        model.addAttribute("indicator", view);
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalityName", name);
        model.addAttribute(
                "cells", trend.stream().map(f -> cell(f, view, locale)).toList());
        model.addAttribute("canEdit", Roles.coordinator(user));
        String title = messages.getMessage("insight.trend.title", new Object[] {view.name(), name}, locale);
        String description = trend.isEmpty()
                ? messages.getMessage("insight.trend.none", null, locale)
                : messages.getMessage(
                        "insight.trend.desc",
                        new Object[] {
                            trend.getFirst().period().label(),
                            FigureText.format(trend.getFirst().value(), view.unit(), locale),
                            trend.getLast().period().label(),
                            FigureText.format(trend.getLast().value(), view.unit(), locale),
                            trend.size()
                        },
                        locale);
        model.addAttribute(
                "svg",
                TrendSvg.render("trend", title, description, trend, v -> FigureText.format(v, view.unit(), locale)));
        return "insight/trend";
    }

    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    String figure(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Locale locale, Model model) {
        var figure = figures.get(user, new FigureId(id));
        var view = indicators.get(user, figure.indicator());
        model.addAttribute("figure", figure);
        model.addAttribute("indicator", view);
        model.addAttribute("value", FigureText.format(figure.value(), view.unit(), locale));
        model.addAttribute(
                "enteredBy",
                figure.enteredBy() == null
                        ? null
                        : accounts.displayNames(user.networkId(), List.of(new UserId(figure.enteredBy())))
                                .get(new UserId(figure.enteredBy())));
        model.addAttribute("canEdit", Roles.coordinator(user));
        return "insight/figure";
    }

    private Cell cell(FigureView f, IndicatorView indicator, Locale locale) {
        String origin = messages.getMessage(
                "insight.figure.origin",
                new Object[] {
                    f.source() == null ? "" : f.source(),
                    f.publishedOn() == null ? "–" : f.publishedOn().toString(),
                    f.licence() == null ? "–" : f.licence()
                },
                locale);
        return new Cell(f, FigureText.format(f.value(), indicator.unit(), locale), origin);
    }
}
