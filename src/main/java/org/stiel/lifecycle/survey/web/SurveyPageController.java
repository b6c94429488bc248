package org.stiel.lifecycle.survey.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Results;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.RoundView;
import org.stiel.lifecycle.survey.NetworkMap;
import org.stiel.lifecycle.survey.RoundExports;
import org.stiel.lifecycle.survey.SurveyResults;
import org.stiel.lifecycle.survey.ThermometerChart;
import org.stiel.partners.PartnerKind;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.web.PageLinks;

/**
 * The temperature and collaboration survey of a round: the list of rounds, the form a partner representative fills in,
 * the results with thermometer and network map, a comparison of two rounds, and the CSV and PDF exports.
 */
@Controller
@RequestMapping("/lifecycle")
class SurveyPageController {

    private final CollaborationSurveys surveys;
    private final RoundExports exports;
    private final Results lifecycle;

    SurveyPageController(CollaborationSurveys surveys, RoundExports exports, Results lifecycle) {
        this.surveys = surveys;
        this.exports = exports;
        this.lifecycle = lifecycle;
    }

    /** The rounds a page at a time, newest first, with the latest visible round's thermometer on the first page. */
    @GetMapping("/survey")
    String index(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        // a person without a network gets the same 404 as for another network's data, before any 403
        user.networkId();
        if (!surveys.canSeeResults(user)) {
            throw new ForbiddenException("No access to survey results");
        }
        var paging = Paging.of(after, size);
        var page = surveys.rounds(user, paging);
        model.addAttribute("rounds", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("answerable", surveys.answerable(user));
        var visible = page.items().stream()
                .filter(r -> surveys.canSeeResults(user, r))
                .map(RoundView::id)
                .toList();
        model.addAttribute("visible", visible);
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() && after != null) {
            return "lifecycle/survey/index :: rows";
        }
        if (!visible.isEmpty() && paging.isFirst()) {
            // the thermometer over time of the latest visible round; the map and scores are on its results page
            var history = surveys.temperatures(user, visible.getFirst());
            model.addAttribute("history", history);
            model.addAttribute("chart", ThermometerChart.of(history));
        }
        return "lifecycle/survey/index";
    }

    @GetMapping("/rounds/{id}/survey")
    String form(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var round = new RoundId(id);
        var form = SurveyForm.of(surveys.answers(user, round));
        return formPage(user, round, form, model);
    }

    @PostMapping("/rounds/{id}/survey")
    String save(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") SurveyForm form,
            @RequestParam(name = "submit", required = false) String submit,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var round = new RoundId(id);
        try {
            surveys.save(user, round, form.toAnswers(), submit != null);
        } catch (IllegalArgumentException | RuleViolation e) {
            // only a tampered form gets here: every field is a choice from a list or a capped text
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return formPage(user, round, form, model);
        }
        redirect.addFlashAttribute("flash", submit != null ? "survey.flash.submitted" : "survey.flash.saved");
        return "redirect:/lifecycle/rounds/" + id + "/survey";
    }

    @GetMapping("/rounds/{id}/survey/results")
    String results(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(name = "compare", required = false) UUID compare,
            @RequestParam(name = "colour", required = false) String colour,
            Model model) {
        var results = surveys.results(user, new RoundId(id));
        model.addAttribute("results", results);
        var colouring = NetworkMap.Colouring.of(colour);
        model.addAttribute("colouring", colouring);
        model.addAttribute("map", results.map().coloured(colouring));
        var rounds = surveys.rounds(user);
        model.addAttribute("rounds", rounds);
        model.addAttribute(
                "visible",
                rounds.stream()
                        .filter(r -> surveys.canSeeResults(user, r))
                        .map(RoundView::id)
                        .toList());
        model.addAttribute("canExport", surveys.canExport(user));
        if (compare != null && !compare.equals(id)) {
            model.addAttribute("other", surveys.results(user, new RoundId(compare)));
        }
        return "lifecycle/survey/results";
    }

    @GetMapping("/rounds/{id}/survey/results.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Locale locale) {
        var results = exportable(user, id);
        return download(exports.csv(results, locale), "text/csv;charset=UTF-8", "survey.csv");
    }

    @GetMapping("/rounds/{id}/survey/results.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Locale locale) {
        var results = exportable(user, id);
        // the export right was checked above: coordinators and the steering group see an open round's results too
        var circle = lifecycle.result(user.networkId(), new RoundId(id));
        return download(exports.pdf(results, circle, locale), MediaType.APPLICATION_PDF_VALUE, "survey.pdf");
    }

    private SurveyResults exportable(StielUser user, UUID id) {
        var results = surveys.results(user, new RoundId(id));
        if (!surveys.canExport(user)) {
            throw new ForbiddenException("No export");
        }
        return results;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private String formPage(StielUser user, RoundId round, SurveyForm form, Model model) {
        var others = surveys.others(user, round);
        model.addAttribute("round", surveys.round(user, round));
        model.addAttribute(
                "form",
                form.withRowsFor(others.stream().map(p -> p.id().toString()).toList()));
        model.addAttribute("groups", groups(others));
        model.addAttribute("frequencies", CollaborationFrequency.values());
        model.addAttribute("factorGroups", CollaborationFactor.Group.values());
        model.addAttribute("submitted", surveys.submitted(user, round));
        return "lifecycle/survey/answer";
    }

    private static List<SurveyForm.KindGroup> groups(List<NetworkMap.Partner> others) {
        return java.util.Arrays.stream(PartnerKind.values())
                .map(k -> new SurveyForm.KindGroup(
                        k, others.stream().filter(p -> p.kind() == k).toList()))
                .filter(g -> !g.partners().isEmpty())
                .toList();
    }
}
