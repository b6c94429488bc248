package org.stiel.lifecycle.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.stiel.lifecycle.AnswerForm;
import org.stiel.lifecycle.AnswerStatus;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Invitation;
import org.stiel.lifecycle.Phase;
import org.stiel.lifecycle.Results;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.RoundResult;
import org.stiel.lifecycle.Rounds;
import org.stiel.lifecycle.internal.ResultCircle;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/**
 * "Netwerk in beeld": the timeline of rounds, opening and closing a round, answering it, and its results and
 * comparison.
 */
@Controller
@RequestMapping("/lifecycle")
class LifecyclePageController {

    /** The type under which actions made from a question are kept on the action list; the ref is the question id. */
    static final String ACTION_SOURCE = "lifecycle-question";

    private final Rounds rounds;
    private final Results results;
    private final CollaborationSurveys surveys;
    private final Actions actions;
    private final ResultCircle circle;
    private final java.time.Clock clock;

    LifecyclePageController(
            Rounds rounds,
            Results results,
            CollaborationSurveys surveys,
            Actions actions,
            ResultCircle circle,
            java.time.Clock clock) {
        this.rounds = rounds;
        this.results = results;
        this.surveys = surveys;
        this.actions = actions;
        this.circle = circle;
        this.clock = clock;
    }

    /**
     * The timeline a page of rounds at a time, newest first; the latest visible round's circle; the rounds to
     * answer. An htmx "more" request gets the next rows alone.
     */
    @GetMapping
    String overview(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        var page = results.timeline(user, Paging.of(after, size));
        model.addAttribute("timeline", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("phases", Phase.values());
        if (more(htmx, after)) {
            return "lifecycle/overview :: rows";
        }
        model.addAttribute("canManage", Roles.coordinator(user));
        // the compare choice lists every visible round: a few columns per round, no figures
        var visible = rounds.rounds(user.networkId()).stream()
                .filter(r -> results.canSee(user, r))
                .toList();
        model.addAttribute("visibleRounds", visible);
        if (!visible.isEmpty()) {
            var latest = results.result(user.networkId(), visible.getFirst().id());
            model.addAttribute("latest", latest);
            model.addAttribute("latestCircle", circle.render(latest, "latest", locale));
        }
        var invitations = rounds.openInvitations(user);
        model.addAttribute(
                "toAnswer", invitations.stream().map(Invitation::round).toList());
        // the survey half of a round is answered per partner: only its representatives get the link
        model.addAttribute("surveyToAnswer", surveys.answerable(user));
        model.addAttribute("canSeeSurvey", surveys.canSeeResults(user));
        return "lifecycle/overview";
    }

    @GetMapping("/rounds/new")
    String newRound(@AuthenticationPrincipal StielUser user, Model model) {
        Require.coordinator(user);
        model.addAttribute("form", new RoundForm(null, StielTime.today(clock).plusWeeks(3)));
        return "lifecycle/round-form";
    }

    @PostMapping("/rounds")
    String open(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> "lifecycle/round-form",
                () -> rounds.open(user, form),
                id -> FormFlow.redirect(redirect, "lifecycle.round.opened", "/lifecycle/rounds/" + id));
    }

    @GetMapping("/rounds/{id}")
    String round(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var roundId = new RoundId(id);
        var round = rounds.get(user.networkId(), roundId);
        boolean manage = Roles.coordinator(user);
        if (manage) {
            // completion per person for the coordinator only, never what they answered; a page at a time
            var page = rounds.participants(user.networkId(), roundId, Paging.of(after, size));
            model.addAttribute("participants", page.items());
            model.addAttribute("next", PageLinks.next(request, page));
            if (more(htmx, after)) {
                return "lifecycle/round :: rows";
            }
        }
        model.addAttribute("round", round);
        model.addAttribute("completion", rounds.completion(user.networkId(), roundId));
        model.addAttribute("me", rounds.participant(user, roundId).orElse(null));
        model.addAttribute("canManage", manage);
        model.addAttribute("canSeeResults", results.canSee(user, round));
        // the round's second part: the temperature and collaboration survey, answered once per partner
        boolean respondent = surveys.respondentPartner(user, roundId).isPresent();
        model.addAttribute("surveyRespondent", respondent);
        model.addAttribute("surveySubmitted", respondent && surveys.submitted(user, roundId));
        model.addAttribute("canSeeSurveyResults", surveys.canSeeResults(user, round));
        return "lifecycle/round";
    }

    /** Whether htmx asks for the next rows of a list alone (the "more" link), not for the whole page. */
    private static boolean more(HtmxRequest htmx, String after) {
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() && after != null;
    }

    @PostMapping("/rounds/{id}/close")
    String close(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        rounds.close(user, new RoundId(id));
        redirect.addFlashAttribute("flash", "lifecycle.round.closed");
        return "redirect:/lifecycle/rounds/" + id;
    }

    @GetMapping("/rounds/{id}/answers")
    String answers(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var sheet = rounds.sheet(user, new RoundId(id));
        var form = new AnswersForm();
        sheet.items()
                .forEach(i -> form.getAnswers()
                        .add(new AnswerForm(i.question().id().value(), i.status(), i.note(), i.evidenceUrl())));
        model.addAttribute("form", form);
        return answerPage(model, sheet);
    }

    @PostMapping("/rounds/{id}/answers")
    String saveAnswers(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AnswersForm form,
            BindingResult binding,
            @RequestParam(required = false) String submit,
            Model model,
            RedirectAttributes redirect) {
        var roundId = new RoundId(id);
        var sheet = rounds.sheet(user, roundId);
        if (!sheet.round().open()) {
            throw new ForbiddenException("The round has closed");
        }
        if (binding.hasErrors()) {
            return answerPage(model, sheet);
        }
        long unanswered = rounds.save(user, roundId, form.getAnswers(), submit != null);
        if (submit != null && unanswered > 0) {
            model.addAttribute("unanswered", unanswered);
            return answerPage(model, rounds.sheet(user, roundId));
        }
        redirect.addFlashAttribute("flash", submit != null ? "lifecycle.answers.submitted" : "lifecycle.answers.saved");
        return submit != null ? "redirect:/lifecycle/rounds/" + id : "redirect:/lifecycle/rounds/" + id + "/answers";
    }

    @GetMapping("/rounds/{id}/results")
    String results(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model, Locale locale) {
        RoundResult result = results.result(user, new RoundId(id));
        model.addAttribute("result", result);
        model.addAttribute("circle", circle.render(result, "circle", locale));
        model.addAttribute("canManage", Roles.coordinator(user));
        Map<String, List<ActionView>> linked = actions.bySource(user.networkId(), ACTION_SOURCE);
        model.addAttribute("linkedActions", linked);
        model.addAttribute("statuses", AnswerStatus.values());
        return "lifecycle/results";
    }

    @GetMapping("/compare")
    String compare(
            @AuthenticationPrincipal StielUser user,
            @RequestParam UUID from,
            @RequestParam UUID to,
            Model model,
            Locale locale) {
        var comparison = results.compare(user, new RoundId(from), new RoundId(to));
        model.addAttribute("comparison", comparison);
        model.addAttribute("fromCircle", circle.render(comparison.from(), "from", locale));
        model.addAttribute("toCircle", circle.render(comparison.to(), "to", locale));
        model.addAttribute("phases", Phase.values());
        return "lifecycle/compare";
    }

    private String answerPage(Model model, org.stiel.lifecycle.AnswerSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("statuses", AnswerStatus.values());
        model.addAttribute("phases", Phase.values());
        return "lifecycle/answers";
    }
}
