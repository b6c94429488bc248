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
import org.stiel.accounts.StielUser;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.ChallengeStatus;
import org.stiel.planning.Challenges;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/** Challenges gathered with the partners: members propose, partner staff vote, the coordinator decides. */
@Controller
@RequestMapping("/plan/challenges")
class ChallengesPageController {

    private final Challenges challenges;

    ChallengesPageController(Challenges challenges) {
        this.challenges = challenges;
    }

    /** The challenges, 25 a page, with the form to propose one under the first page. */
    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = challenges.page(user.networkId(), Paging.of(after, size));
        model.addAttribute("challenges", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("form", new ChallengeForm());
        if (htmx.isHtmxRequest() && after != null) {
            rights(user, model);
            return "planning/challenges :: rows";
        }
        return page(user, model);
    }

    @PostMapping
    String propose(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") ChallengeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!challenges.canPropose(user)) {
            throw new ForbiddenException("Only members propose challenges");
        }
        return FormFlow.run(
                binding,
                () -> page(user, model),
                () -> challenges.propose(user, form),
                () -> FormFlow.redirect(redirect, "planning.challenge.proposed", "/plan/challenges"));
    }

    @PostMapping("/{id}/vote")
    String vote(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam boolean support,
            RedirectAttributes redirect) {
        var challenge = challenges.get(user.networkId(), new ChallengeId(id));
        if (challenges.votesFor(user).isEmpty()) {
            throw new ForbiddenException("Only partner staff vote");
        }
        return FormFlow.act(
                redirect,
                "/plan/challenges#challenge-" + id,
                () -> challenges.vote(user, challenge.id(), support),
                support ? "planning.challenge.voted" : "planning.challenge.unvoted");
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) ChallengeStatus status,
            @RequestParam(required = false) Integer priority,
            RedirectAttributes redirect) {
        var challenge = challenges.get(user.networkId(), new ChallengeId(id));
        if (!challenges.canDecide(user)) {
            throw new ForbiddenException("Only a coordinator decides on challenges");
        }
        return FormFlow.act(
                redirect,
                "/plan/challenges#challenge-" + id,
                () -> challenges.decide(user, challenge.id(), status, priority),
                "planning.challenge.decided");
    }

    private String page(StielUser user, Model model) {
        if (!model.containsAttribute("challenges")) {
            model.addAttribute(
                    "challenges",
                    challenges.page(user.networkId(), Paging.first()).items());
        }
        model.addAttribute("sources", ChallengeSource.values());
        rights(user, model);
        return "planning/challenges";
    }

    private void rights(StielUser user, Model model) {
        model.addAttribute("statuses", ChallengeStatus.values());
        model.addAttribute("canPropose", challenges.canPropose(user));
        model.addAttribute("canDecide", challenges.canDecide(user));
        model.addAttribute("myPartner", challenges.votesFor(user).orElse(null));
    }
}
