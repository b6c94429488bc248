package org.stiel.planning.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.Challenges;
import org.stiel.planning.GoalForm;
import org.stiel.planning.GoalId;
import org.stiel.planning.Goals;
import org.stiel.platform.Paging;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/** The network's shared goals: every member reads them, the coordinator sets, changes and publishes them. */
@Controller
@RequestMapping("/plan/goals")
class GoalsPageController {

    /** Empty rows for partners whose own goal the shared goal serves; a coordinator fills as many as needed. */
    private static final int SPARE_PARTNER_ROWS = 3;

    private final Goals goals;
    private final Actions actions;
    private final Challenges challenges;

    GoalsPageController(Goals goals, Actions actions, Challenges challenges) {
        this.goals = goals;
        this.actions = actions;
        this.challenges = challenges;
    }

    /** A goal with its actions, 25 a page. */
    @GetMapping("/{id}")
    String show(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var goal = goals.get(user.networkId(), new GoalId(id));
        var page = actions.ofGoal(user.networkId(), goal.id(), Paging.of(after, size));
        model.addAttribute("goal", goal);
        model.addAttribute("actions", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("back", "/plan/goals/" + goal.id().value());
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute(
                "mayMove",
                page.items().stream()
                        .filter(a -> actions.canChangeStatus(user, a))
                        .map(a -> a.id().value())
                        .toList());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", actions.today());
        if (htmx.isHtmxRequest() && after != null) {
            return "planning/bits :: tableRows";
        }
        return "planning/goal";
    }

    @GetMapping("/new")
    String newGoal(
            @AuthenticationPrincipal StielUser user, @RequestParam(required = false) UUID challenge, Model model) {
        Require.coordinator(user);
        var form = new GoalForm();
        form.setChallengeId(challenge);
        model.addAttribute("form", form);
        return page(user, model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> page(user, model, null),
                () -> goals.create(user, form),
                id -> FormFlow.redirect(redirect, "planning.goal.created", "/plan/goals/" + id.value()));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var form = goals.form(user.networkId(), new GoalId(id));
        Require.coordinator(user);
        model.addAttribute("form", form);
        return page(user, model, new GoalId(id));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var goalId = new GoalId(id);
        goals.get(user.networkId(), goalId);
        Require.coordinator(user);
        return FormFlow.run(
                binding,
                () -> page(user, model, goalId),
                () -> goals.update(user, goalId, form),
                () -> FormFlow.redirect(redirect, "saved", "/plan/goals/" + id));
    }

    @PostMapping("/{id}/published")
    String publish(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam boolean published,
            RedirectAttributes redirect) {
        goals.get(user.networkId(), new GoalId(id));
        Require.coordinator(user);
        goals.publish(user, new GoalId(id), published);
        redirect.addFlashAttribute("flash", published ? "planning.goal.published" : "planning.goal.unpublished");
        return "redirect:/plan/goals/" + id;
    }

    private String page(StielUser user, Model model, GoalId id) {
        var form = (GoalForm) model.getAttribute("form");
        var rows = form.getPartners();
        // trailing empty rows only: the rows before them keep their index, and so their errors
        while (!rows.isEmpty() && rows.getLast().getPartnerId() == null) {
            rows.removeLast();
        }
        for (int i = 0; i < SPARE_PARTNER_ROWS; i++) {
            form.getPartners().add(new GoalForm.ServedGoal());
        }
        model.addAttribute("goalId", id);
        model.addAttribute("owners", actions.owners(user.networkId()));
        model.addAttribute("challenges", challenges.list(user.networkId()));
        return "planning/goal-form";
    }
}
