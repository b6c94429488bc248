package org.stiel.planning.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stiel.network.Networks;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.NotFoundException;

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

    @GetMapping("/plan/{networkSlug:[a-z0-9-]+}")
    String show(@PathVariable String networkSlug, Model model) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network"));
        var published = goals.published(network.id()).stream()
                .map(g -> new PublicGoal(
                        g,
                        actions.ofGoal(network.id(), g.id()).stream()
                                .map(PublicAction::of)
                                .toList()))
                .toList();
        model.addAttribute("network", network);
        model.addAttribute("goals", published);
        return "planning/public";
    }
}
