package org.stiel.lifecycle.web;

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
import org.stiel.lifecycle.Phase;
import org.stiel.lifecycle.QuestionForm;
import org.stiel.lifecycle.QuestionId;
import org.stiel.lifecycle.Questions;
import org.stiel.lifecycle.Theme;

/** The phases and their crucial questions; the coordinator adds, changes and retires the network's own. */
@Controller
@RequestMapping("/lifecycle/questions")
class QuestionsController {

    private final Questions questions;

    QuestionsController(Questions questions) {
        this.questions = questions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StielUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new QuestionForm());
        }
        return page(user, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        if (binding.hasErrors()) {
            return page(user, model);
        }
        questions.add(user, form);
        redirect.addFlashAttribute("flash", "lifecycle.question.added");
        return "redirect:/lifecycle/questions#own";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var question = questions.ownQuestion(user.networkId(), new QuestionId(id));
        Require.coordinator(user);
        model.addAttribute("question", question);
        model.addAttribute("form", new QuestionForm(question.theme(), question.text(), question.hint()));
        model.addAttribute("themes", Theme.values());
        return "lifecycle/question-form";
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var question = questions.ownQuestion(user.networkId(), new QuestionId(id));
        Require.coordinator(user);
        if (binding.hasErrors()) {
            model.addAttribute("question", question);
            model.addAttribute("themes", Theme.values());
            return "lifecycle/question-form";
        }
        questions.update(user, new QuestionId(id), form);
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:/lifecycle/questions#own";
    }

    @PostMapping("/{id}/retire")
    String retire(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean retired,
            RedirectAttributes redirect) {
        questions.retire(user, new QuestionId(id), retired);
        redirect.addFlashAttribute("flash", retired ? "lifecycle.question.retired" : "lifecycle.question.restored");
        return "redirect:/lifecycle/questions#own";
    }

    private String page(StielUser user, Model model) {
        model.addAttribute("phases", Phase.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("questions", questions.questions(user.networkId()));
        model.addAttribute("own", questions.ownQuestions(user.networkId()));
        model.addAttribute("canManage", Roles.coordinator(user));
        return "lifecycle/questions";
    }
}
