package org.stiel.governance.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyId;
import org.stiel.governance.BodyKind;
import org.stiel.governance.DecisionSearch;
import org.stiel.governance.Decisions;
import org.stiel.governance.MemberForm;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/**
 * The overview of how the network organises itself, and its bodies: every member reads them, the coordinator sets
 * them up and keeps their membership.
 */
@Controller
@RequestMapping("/governance")
class GovernancePageController {

    private final Bodies bodies;
    private final Decisions decisions;
    private final Agreements agreements;
    private final Clock clock;

    GovernancePageController(Bodies bodies, Decisions decisions, Agreements agreements, Clock clock) {
        this.bodies = bodies;
        this.decisions = decisions;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal StielUser user, Model model) {
        var network = user.networkId();
        model.addAttribute("bodies", bodies.list(network));
        model.addAttribute("decisions", decisions.recent(network, 5));
        model.addAttribute("attention", agreements.needingAttention(network));
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute("canRecord", decisions.canRecord(user));
        return "governance/overview";
    }

    @GetMapping("/bodies/new")
    String newBody(@AuthenticationPrincipal StielUser user, Model model) {
        Require.coordinator(user);
        model.addAttribute("form", new BodyForm());
        return bodyForm(user, model, null);
    }

    @PostMapping("/bodies")
    String create(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> bodyForm(user, model, null),
                () -> bodies.create(user, form),
                id -> FormFlow.redirect(redirect, "governance.body.created", "/governance/bodies/" + id.value()));
    }

    /**
     * A body: its current members, its membership history (25 a page: "more" continues it in place, or without
     * JavaScript opens the page after) and its latest decisions, with a link to all of them in the log.
     */
    @GetMapping("/bodies/{id}")
    String body(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            Model model) {
        var bodyId = new BodyId(id);
        var network = user.networkId();
        var body = bodies.get(network, bodyId);
        var history = bodies.history(network, bodyId, Paging.of(after, size));
        model.addAttribute("history", history.items());
        // the body's own URL, also when the page is shown again after a failed POST of a member
        model.addAttribute(
                "next",
                history.hasNext()
                        ? UriComponentsBuilder.fromPath("/governance/bodies/{id}")
                                .queryParamIfPresent("size", Optional.ofNullable(size))
                                .queryParam(PageLinks.AFTER, history.nextToken())
                                .buildAndExpand(id)
                                .encode()
                                .toUriString()
                        : null);
        if (htmx.isHtmxRequest() && after != null) {
            return "governance/body :: historyRows";
        }
        model.addAttribute("body", body);
        var latest = decisions.search(
                network,
                new DecisionSearch(Optional.empty(), Optional.of(bodyId), Optional.empty(), Optional.empty()),
                Paging.first(DECISIONS_ON_BODY_PAGE));
        model.addAttribute("decisions", latest.items());
        model.addAttribute("moreDecisions", latest.hasNext());
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute("canRecord", Roles.coordinator(user) || bodies.chairs(user, bodyId));
        if (Roles.coordinator(user)) {
            if (!model.containsAttribute("member")) {
                model.addAttribute("member", new MemberForm(null, null, StielTime.today(clock)));
            }
            model.addAttribute("partners", bodies.partners(network));
            model.addAttribute("people", bodies.people(network));
            model.addAttribute("today", StielTime.today(clock));
        }
        return "governance/body";
    }

    /** The body page shows its latest decisions; the log shows them all. */
    static final int DECISIONS_ON_BODY_PAGE = 10;

    @GetMapping("/bodies/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var form = bodies.form(user.networkId(), new BodyId(id));
        Require.coordinator(user);
        model.addAttribute("form", form);
        return bodyForm(user, model, new BodyId(id));
    }

    @PostMapping("/bodies/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var bodyId = new BodyId(id);
        bodies.get(user.networkId(), bodyId);
        Require.coordinator(user);
        return FormFlow.run(
                binding,
                () -> bodyForm(user, model, bodyId),
                () -> bodies.update(user, bodyId, form),
                () -> FormFlow.redirect(redirect, "saved", "/governance/bodies/" + id));
    }

    @PostMapping("/bodies/{id}/members")
    String addMember(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("member") MemberForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var bodyId = new BodyId(id);
        bodies.get(user.networkId(), bodyId);
        Require.coordinator(user);
        return FormFlow.run(
                binding,
                () -> body(user, id, null, null, HtmxRequest.empty(), model),
                () -> bodies.addMember(user, bodyId, form),
                () -> FormFlow.redirect(redirect, "governance.member.added", "/governance/bodies/" + id));
    }

    @PostMapping("/bodies/{id}/members/{partner}/leave")
    String leave(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @PathVariable UUID partner,
            @RequestParam(required = false) LocalDate leftOn,
            RedirectAttributes redirect) {
        var bodyId = new BodyId(id);
        bodies.get(user.networkId(), bodyId);
        Require.coordinator(user);
        return FormFlow.act(
                redirect,
                "/governance/bodies/" + id,
                () -> bodies.removeMember(user, bodyId, new PartnerId(partner), leftOn),
                "governance.member.left");
    }

    private String bodyForm(StielUser user, Model model, BodyId id) {
        model.addAttribute("bodyId", id);
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("people", bodies.people(user.networkId()));
        return "governance/body-form";
    }
}
