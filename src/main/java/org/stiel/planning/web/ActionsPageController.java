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
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.ContributorKind;
import org.stiel.planning.GoalId;
import org.stiel.planning.Goals;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/**
 * The network's actions: every member reads the list, the coordinator keeps it, the people responsible move their
 * actions on (status and progress).
 */
@Controller
@RequestMapping("/actions")
class ActionsPageController {

    /** Empty rows for contributors; a coordinator fills as many as needed. */
    private static final int SPARE_CONTRIBUTOR_ROWS = 3;

    private final Actions actions;
    private final Goals goals;

    ActionsPageController(Actions actions, Goals goals) {
        this.actions = actions;
        this.goals = goals;
    }

    /**
     * The network's actions, 25 a page: all of them, those of one status (where a board column continues), or those
     * without a goal ({@code goal=none}).
     */
    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String goal,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var network = user.networkId();
        var paging = Paging.of(after, size);
        boolean loose = "none".equals(goal);
        var page = status != null
                ? actions.withStatus(network, status, paging)
                : loose ? actions.withoutGoal(network, paging) : actions.page(network, paging);
        model.addAttribute("actions", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute(
                "mayTick",
                page.items().stream()
                        .filter(a -> actions.canChangeStatus(user, a))
                        .map(a -> a.id().value())
                        .toList());
        if (htmx.isHtmxRequest() && after != null) {
            return "planning/list :: rows";
        }
        model.addAttribute("status", status);
        model.addAttribute("loose", loose);
        model.addAttribute("statuses", ActionStatus.values());
        return "planning/list";
    }

    @GetMapping("/new")
    String newAction(@AuthenticationPrincipal StielUser user, @RequestParam(required = false) UUID goal, Model model) {
        Require.coordinator(user);
        var form = new ActionForm();
        if (goal != null) {
            form.setGoalId(goals.get(user.networkId(), new GoalId(goal)).id().value());
        }
        model.addAttribute("form", form);
        return page(user, model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.run(
                binding,
                () -> page(user, model, null),
                () -> actions.create(user, form, null),
                () -> FormFlow.redirect(redirect, "planning.created", back(form)));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var form = actions.form(user.networkId(), new ActionId(id));
        Require.coordinator(user);
        model.addAttribute("form", form);
        return page(user, model, new ActionId(id));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var actionId = new ActionId(id);
        actions.get(user.networkId(), actionId);
        Require.coordinator(user);
        return FormFlow.run(
                binding,
                () -> page(user, model, actionId),
                () -> actions.update(user, actionId, form),
                () -> FormFlow.redirect(redirect, "saved", back(form)));
    }

    /** Status and progress in one post: the board's "move", the list's tick, a progress update. */
    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Integer progress,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var actionId = new ActionId(id);
        var action = actions.get(user.networkId(), actionId);
        if (!actions.canChangeStatus(user, action)) {
            throw new ForbiddenException("Not your action");
        }
        if (progress != null && (progress < 0 || progress > 100)) {
            redirect.addFlashAttribute("flash", "planning.progress.invalid");
            return Back.redirect(back, "/actions");
        }
        actions.updateProgress(user, actionId, status, progress);
        redirect.addFlashAttribute(
                "flash",
                status == ActionStatus.DONE
                        ? "planning.done"
                        : status == ActionStatus.OPEN && action.done() ? "planning.reopened" : "planning.moved");
        return Back.redirect(back, "/actions");
    }

    /** Back to the action's goal, or to the action list for an action of no goal. */
    private static String back(ActionForm form) {
        return form.getGoalId() == null ? "/actions" : "/plan/goals/" + form.getGoalId();
    }

    private String page(StielUser user, Model model, ActionId id) {
        var form = (ActionForm) model.getAttribute("form");
        var rows = form.getContributors();
        // trailing empty rows only: the rows before them keep their index, and so their errors
        while (!rows.isEmpty() && rows.getLast().getPartnerId() == null) {
            rows.removeLast();
        }
        for (int i = 0; i < SPARE_CONTRIBUTOR_ROWS; i++) {
            rows.add(new ActionForm.ContributorForm());
        }
        model.addAttribute("actionId", id);
        model.addAttribute("owners", actions.owners(user.networkId()));
        model.addAttribute("goals", goals.list(user.networkId()));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("kinds", ContributorKind.values());
        return "planning/form";
    }
}
