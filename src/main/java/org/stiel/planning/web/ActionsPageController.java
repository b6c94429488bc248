package org.stiel.planning.web;

import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.StielUser;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.platform.ForbiddenException;

/** The network's action list: every member reads it, the coordinator keeps it, owners tick their actions off. */
@Controller
@RequestMapping("/actions")
class ActionsPageController {

    private final Actions actions;
    private final SpringValidatorAdapter validator;

    ActionsPageController(Actions actions, Validator validator) {
        this.actions = actions;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user, @RequestParam(required = false) ActionStatus status, Model model) {
        var all = actions.list(user.networkId());
        model.addAttribute(
                "actions",
                status == null
                        ? all
                        : all.stream().filter(a -> a.status() == status).toList());
        model.addAttribute("status", status);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("canManage", actions.canManage(user));
        model.addAttribute(
                "mayTick",
                all.stream()
                        .filter(a -> actions.canChangeStatus(user, a))
                        .map(a -> a.id().value())
                        .toList());
        return "planning/list";
    }

    @GetMapping("/new")
    String newAction(@AuthenticationPrincipal StielUser user, Model model) {
        requireManage(user);
        model.addAttribute("form", new ActionForm());
        return page(user, model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireManage(user);
        if (!valid(user, form, binding)) {
            return page(user, model, null);
        }
        try {
            actions.create(user, form, null);
        } catch (IllegalArgumentException e) {
            binding.rejectValue("owner", "planning.owner.invalid");
            return page(user, model, null);
        }
        redirect.addFlashAttribute("flash", "planning.created");
        return "redirect:/actions";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var form = actions.form(user.networkId(), new ActionId(id));
        requireManage(user);
        model.addAttribute("form", form);
        return page(user, model, new ActionId(id));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var actionId = new ActionId(id);
        actions.get(user.networkId(), actionId);
        requireManage(user);
        if (!valid(user, form, binding)) {
            return page(user, model, actionId);
        }
        try {
            actions.update(user, actionId, form);
        } catch (IllegalArgumentException e) {
            binding.rejectValue("owner", "planning.owner.invalid");
            return page(user, model, actionId);
        }
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:/actions";
    }

    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam ActionStatus status,
            RedirectAttributes redirect) {
        actions.changeStatus(user, new ActionId(id), status);
        redirect.addFlashAttribute("flash", status == ActionStatus.DONE ? "planning.done" : "planning.reopened");
        return "redirect:/actions";
    }

    private boolean valid(StielUser user, ActionForm form, BindingResult binding) {
        validator.validate(form, binding);
        return !binding.hasErrors();
    }

    private String page(StielUser user, Model model, ActionId id) {
        model.addAttribute("actionId", id);
        model.addAttribute("owners", actions.owners(user.networkId()));
        return "planning/form";
    }

    private void requireManage(StielUser user) {
        if (!actions.canManage(user)) {
            throw new ForbiddenException("Only a coordinator changes the action list");
        }
    }
}
