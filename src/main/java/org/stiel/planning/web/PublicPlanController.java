package org.stiel.planning.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.network.Networks;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/**
 * What a network shows families and local policy of its plan: the goals it published, with their progress and
 * actions. Never unpublished goals, never people's names: partners carry actions in public, not persons.
 */
@Controller
class PublicPlanController {

    private final Networks networks;
    private final Goals goals;
    private final Actions actions;

    PublicPlanController(Networks networks, Goals goals, Actions actions) {
        this.networks = networks;
        this.goals = goals;
        this.actions = actions;
    }

    /**
     * A published goal and its actions as the public sees them.
     *
     * @param actions only what may be shown: title, status, progress, due date and the responsible partner's name
     */
    record PublicGoal(GoalView goal, List<PublicAction> actions) {}

    record PublicAction(
            String title,
            org.stiel.planning.ActionStatus status,
            int progress,
            java.time.LocalDate dueOn,
            String partnerName) {

        static PublicAction of(ActionView a) {
            return new PublicAction(a.title(), a.status(), a.progress(), a.dueOn(), a.partnerName());
        }
    }

    /** The actions shown under a public goal; the count says how many there are in all. */
    static final int ACTIONS_PER_GOAL = 10;

    /** The published goals, 25 a page, each with its first actions; "more" loads the next goals in place. */
    @GetMapping("/plan/{networkSlug:[a-z0-9-]+}")
    String show(
            @PathVariable String networkSlug,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network"));
        var page = goals.published(network.id(), Paging.of(after, size));
        var first = actions.firstOfGoals(
                network.id(), page.items().stream().map(GoalView::id).toList(), ACTIONS_PER_GOAL);
        var published = page.items().stream()
                .map(g -> new PublicGoal(
                        g,
                        first.getOrDefault(g.id(), List.of()).stream()
                                .limit(ACTIONS_PER_GOAL)
                                .map(PublicAction::of)
                                .toList()))
                .toList();
        model.addAttribute("network", network);
        model.addAttribute("goals", published);
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && after != null) {
            return "planning/public :: goals";
        }
        return "planning/public";
    }
}
