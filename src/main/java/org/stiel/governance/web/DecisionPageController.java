package org.stiel.governance.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
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
import org.stiel.governance.Bodies;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.DecisionId;
import org.stiel.governance.DecisionSearch;
import org.stiel.governance.Decisions;
import org.stiel.planning.Actions;
import org.stiel.planning.Goals;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/** The decision log: every member searches it; the coordinator and a body's chair record decisions. */
@Controller
@RequestMapping("/governance/decisions")
class DecisionPageController {

    private final Decisions decisions;
    private final Bodies bodies;
    private final Goals goals;
    private final Actions actions;
    private final Clock clock;

    DecisionPageController(Decisions decisions, Bodies bodies, Goals goals, Actions actions, Clock clock) {
        this.decisions = decisions;
        this.bodies = bodies;
        this.goals = goals;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * One URL for the page and the results alone: htmx asks for the results while one types, a browser without
     * JavaScript submits the same GET form, and the URL with its filters can be shared.
     */
    @GetMapping
    String search(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var network = user.networkId();
        var search = DecisionSearch.of(q, body, from, to);
        var page = decisions.search(network, search, Paging.of(after, size));
        model.addAttribute("decisions", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean partial = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        if (partial && after != null) {
            return "governance/decisions :: rows";
        }
        // a count of every page together: only the first page says how many were found
        model.addAttribute(
                "found",
                page.hasNext() ? decisions.count(network, search) : page.items().size());
        if (partial) {
            return "governance/decisions :: results";
        }
        model.addAttribute("q", q);
        model.addAttribute("body", body);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("bodies", bodies.list(network));
        model.addAttribute("canRecord", decisions.canRecord(user));
        return "governance/decisions";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("decision", decisions.get(user.networkId(), new DecisionId(id)));
        return "governance/decision";
    }

    @GetMapping("/new")
    String newDecision(
            @AuthenticationPrincipal StielUser user, @RequestParam(required = false) UUID body, Model model) {
        requireRecord(user);
        var form = new DecisionForm(null, null, StielTime.today(clock), body);
        model.addAttribute("form", form);
        return page(user, model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireRecord(user);
        return FormFlow.submit(
                binding,
                () -> page(user, model),
                () -> decisions.record(user, form, null),
                id -> FormFlow.redirect(
                        redirect, "governance.decision.recorded", "/governance/decisions/" + id.value()));
    }

    private String page(StielUser user, Model model) {
        var network = user.networkId();
        model.addAttribute("bodies", decisions.recordableBodies(user));
        model.addAttribute("networkWide", decisions.canRecordForNetwork(user));
        model.addAttribute("goals", goals.list(network));
        model.addAttribute("actions", actions.list(network));
        return "governance/decision-form";
    }

    private void requireRecord(StielUser user) {
        if (!decisions.canRecord(user)) {
            throw new ForbiddenException("Only the coordinator or a body's chair records decisions");
        }
    }
}
