package org.stiel.insight.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.StielUser;
import org.stiel.insight.AgeBand;
import org.stiel.insight.GapAnalysis;
import org.stiel.insight.GapFilter;
import org.stiel.insight.GapKey;
import org.stiel.insight.GapNoteForm;
import org.stiel.insight.GapNotes;
import org.stiel.insight.internal.GapExports;
import org.stiel.insight.internal.GapTexts;
import org.stiel.network.LifeDomain;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/**
 * The gap list (supply meets need), a gap with its note and challenge, and the exports: for the coordinator and the
 * steering group; the facade refuses everyone else.
 */
@Controller
@RequestMapping("/insight/gaps")
class GapsPageController {

    private final GapAnalysis analysis;
    private final GapNotes notes;
    private final GapExports exports;
    private final GapTexts texts;

    GapsPageController(GapAnalysis analysis, GapNotes notes, GapExports exports, GapTexts texts) {
        this.analysis = analysis;
        this.notes = notes;
        this.exports = exports;
        this.texts = texts;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String nis,
            @RequestParam(required = false) LifeDomain domain,
            @RequestParam(required = false) AgeBand band,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        var filter = new GapFilter(blank(nis), domain, band);
        var page = analysis.gaps(user, filter, Paging.of(after, size));
        model.addAttribute("gaps", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("texts", texts);
        if (htmx.isHtmxRequest() && after != null) {
            return "insight/gaps :: rows";
        }
        model.addAttribute("filter", filter);
        var municipalities = analysis.municipalities(user);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("domains", LifeDomain.values());
        model.addAttribute("bands", AgeBand.values());
        var cells = analysis.cells(user, GapFilter.all());
        var tables = GapTables.of(cells);
        model.addAttribute("tables", tables);
        // the map shows one domain and band: the filter's, else the first gap's, else parenting support for 0-2
        var first = page.items().stream().findFirst();
        var mapDomain =
                domain != null ? domain : first.map(g -> g.key().domain()).orElse(LifeDomain.PARENTING_SUPPORT);
        var mapBand = band != null ? band : first.map(g -> g.key().band()).orElse(AgeBand.TODDLERS);
        var mapCells = GapPictures.mapCells(cells, mapDomain, mapBand);
        model.addAttribute("mapDomain", mapDomain);
        model.addAttribute("mapBand", mapBand);
        model.addAttribute("mapCells", mapCells);
        model.addAttribute("mapSvg", GapPictures.map(mapCells, municipalities, mapDomain, mapBand, texts, locale));
        model.addAttribute("heatSvg", GapPictures.heatMap(tables, texts, locale));
        model.addAttribute("canEdit", analysis.canEdit(user));
        return "insight/gaps";
    }

    @GetMapping("/{nis}/{domain}/{band}")
    String gap(
            @AuthenticationPrincipal StielUser user,
            @PathVariable String nis,
            @PathVariable LifeDomain domain,
            @PathVariable AgeBand band,
            Model model) {
        var gap = analysis.get(user, new GapKey(nis, domain, band));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new GapNoteForm(gap.note()));
        }
        model.addAttribute("gap", gap);
        model.addAttribute("texts", texts);
        model.addAttribute("canEdit", analysis.canEdit(user));
        return "insight/gap";
    }

    @PostMapping("/{nis}/{domain}/{band}/note")
    String note(
            @AuthenticationPrincipal StielUser user,
            @PathVariable String nis,
            @PathVariable LifeDomain domain,
            @PathVariable AgeBand band,
            @Valid @ModelAttribute("form") GapNoteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var key = new GapKey(nis, domain, band);
        return FormFlow.run(
                binding,
                () -> gap(user, nis, domain, band, model),
                () -> notes.note(user, key, form.note()),
                () -> FormFlow.redirect(redirect, "gaps.note.saved", "/insight/gaps/" + key.path()));
    }

    @PostMapping("/{nis}/{domain}/{band}/challenge")
    String challenge(
            @AuthenticationPrincipal StielUser user,
            @PathVariable String nis,
            @PathVariable LifeDomain domain,
            @PathVariable AgeBand band,
            Locale locale,
            RedirectAttributes redirect) {
        var key = new GapKey(nis, domain, band);
        return FormFlow.act(
                redirect,
                "/insight/gaps/" + key.path(),
                () -> notes.startChallenge(user, key, locale),
                "gaps.challenge.started");
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String nis,
            @RequestParam(required = false) LifeDomain domain,
            @RequestParam(required = false) AgeBand band,
            Locale locale) {
        var gaps = analysis.ranked(user, new GapFilter(blank(nis), domain, band));
        return file(exports.csv(gaps, locale), "gaps.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String nis,
            @RequestParam(required = false) LifeDomain domain,
            @RequestParam(required = false) AgeBand band,
            Locale locale) {
        var gaps = analysis.ranked(user, new GapFilter(blank(nis), domain, band));
        return file(
                exports.xlsx(gaps, locale),
                "gaps.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/{nis}/summary.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StielUser user, @PathVariable String nis, Locale locale) {
        var cells = analysis.cells(user, new GapFilter(nis, null, null));
        var municipality = analysis.municipalities(user).stream()
                .filter(m -> m.nisCode().equals(nis))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Municipality"));
        return file(
                exports.municipalityPdf(user.networkId(), municipality, cells, locale),
                "gaps-" + nis + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
