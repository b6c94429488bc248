package org.stiel.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stiel.accounts.StielUser;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeView;
import org.stiel.planning.Challenges;
import org.stiel.planning.GoalId;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;

/** The plan as every member reads it: the tree, the board by status, one's own actions, overdue and quick wins. */
@Controller
@RequestMapping("/plan")
class PlanPageController {

    private final Challenges challenges;
    private final Goals goals;
    private final Actions actions;

    PlanPageController(Challenges challenges, Goals goals, Actions actions) {
        this.challenges = challenges;
        this.goals = goals;
        this.actions = actions;
    }

    /** A goal with its actions, one branch of the tree. */
    record GoalBranch(GoalView goal, List<ActionView> actions) {}

    /** A challenge with the goals made from it. */
    record ChallengeBranch(ChallengeView challenge, List<GoalBranch> goals) {}

    @GetMapping
    String tree(@AuthenticationPrincipal StielUser user, Model model) {
        var network = user.networkId();
        var allActions = actions.list(network);
        Map<GoalId, GoalBranch> branches = new LinkedHashMap<>();
        for (GoalView g : goals.list(network)) {
            branches.put(
                    g.id(),
                    new GoalBranch(
                            g,
                            allActions.stream()
                                    .filter(a -> a.goal().filter(g.id()::equals).isPresent())
                                    .toList()));
        }
        List<ChallengeBranch> tree = new ArrayList<>();
        for (ChallengeView c : challenges.list(network)) {
            var fromIt = branches.values().stream()
                    .filter(b -> b.goal().challenge().filter(c.id()::equals).isPresent())
                    .toList();
            if (!fromIt.isEmpty()) {
                tree.add(new ChallengeBranch(c, fromIt));
            }
        }
        model.addAttribute("tree", tree);
        model.addAttribute(
                "looseGoals",
                branches.values().stream()
                        .filter(b -> b.goal().challenge().isEmpty()
                                || tree.stream()
                                        .noneMatch(t -> t.challenge()
                                                .id()
                                                .equals(b.goal().challenge().get())))
                        .toList());
        model.addAttribute(
                "looseActions",
                allActions.stream().filter(a -> a.goal().isEmpty()).toList());
        model.addAttribute("canManage", goals.canManage(user));
        return "planning/plan";
    }

    @GetMapping("/board")
    String board(@AuthenticationPrincipal StielUser user, Model model) {
        var all = actions.list(user.networkId());
        Map<ActionStatus, List<ActionView>> columns = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            columns.put(s, all.stream().filter(a -> a.status() == s).toList());
        }
        model.addAttribute("columns", columns);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("mayMove", mayMove(user, all));
        model.addAttribute("today", actions.today());
        return "planning/board";
    }

    @GetMapping("/mine")
    String mine(@AuthenticationPrincipal StielUser user, Model model) {
        return list(user, model, "mine", actions.mine(user));
    }

    @GetMapping("/overdue")
    String overdue(@AuthenticationPrincipal StielUser user, Model model) {
        return list(user, model, "overdue", actions.overdue(user.networkId()));
    }

    @GetMapping("/quick-wins")
    String quickWins(@AuthenticationPrincipal StielUser user, Model model) {
        return list(user, model, "quickWins", actions.quickWins(user.networkId()));
    }

    private String list(StielUser user, Model model, String which, List<ActionView> list) {
        model.addAttribute("which", which);
        model.addAttribute("actions", list);
        model.addAttribute("mayMove", mayMove(user, list));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", actions.today());
        return "planning/actions";
    }

    private List<java.util.UUID> mayMove(StielUser user, List<ActionView> list) {
        return list.stream()
                .filter(a -> actions.canChangeStatus(user, a))
                .map(a -> a.id().value())
                .toList();
    }
}
