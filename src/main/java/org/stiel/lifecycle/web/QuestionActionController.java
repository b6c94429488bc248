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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.QuestionView;
import org.stiel.lifecycle.Results;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.Rounds;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionSource;
import org.stiel.planning.Actions;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.web.FormFlow;

/** From question to action: a coordinator turns a question of a round's results into an action on the list. */
@Controller
@RequestMapping("/lifecycle/rounds/{roundId}/questions/{questionId}/action")
class QuestionActionController {

    private final Rounds rounds;
    private final Results results;
    private final Actions actions;

    QuestionActionController(Rounds rounds, Results results, Actions actions) {
        this.rounds = rounds;
        this.results = results;
        this.actions = actions;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID roundId,
            @PathVariable UUID questionId,
            Model model) {
        var question = question(user, roundId, questionId);
        model.addAttribute("form", new ActionForm(question.text(), null, "", null));
        return page(user, model, roundId, question);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID roundId,
            @PathVariable UUID questionId,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var question = question(user, roundId, questionId);
        return FormFlow.submit(
                binding,
                () -> page(user, model, roundId, question),
                () -> actions.create(
                        user,
                        form,
                        new ActionSource(
                                LifecyclePageController.ACTION_SOURCE,
                                question.id().toString())),
                id -> FormFlow.redirect(
                        redirect,
                        "lifecycle.action.created",
                        "/lifecycle/rounds/" + roundId + "/results#question-" + questionId));
    }

    /** The question if the round asks it and the person may turn it into an action. */
    private QuestionView question(StielUser user, UUID roundId, UUID questionId) {
        var round = new RoundId(roundId);
        var asked = rounds.questions(user.networkId(), round).stream()
                .filter(q -> q.id().value().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Question"));
        if (!Roles.coordinator(user) || !results.canSee(user, rounds.get(user.networkId(), round))) {
            throw new ForbiddenException("Only a coordinator adds actions");
        }
        return asked;
    }

    private String page(StielUser user, Model model, UUID roundId, QuestionView question) {
        model.addAttribute("question", question);
        model.addAttribute("round", rounds.get(user.networkId(), new RoundId(roundId)));
        model.addAttribute("owners", actions.owners(user.networkId()));
        return "lifecycle/action-form";
    }
}
