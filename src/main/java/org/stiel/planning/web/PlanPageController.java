package org.stiel.planning.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/**
 * The plan as every member reads it: the tree, the board by status, one's own actions, overdue and quick wins. Every
 * list is paged (25 by default): the tree by goal, each goal showing its first actions; the board's columns each
 * show their first page and continue in place.
 */
@Controller
@RequestMapping("/plan")
class PlanPageController {

    /** The actions the tree shows under a goal; the goal's page shows them all, page by page. */
    static final int ACTIONS_PER_GOAL = 5;

    /** The cards a column of the board shows before its "more" link. */
    static final int CARDS_PER_COLUMN = 25;

    private final Goals goals;
    private final Actions actions;
    private final Networks networks;

    PlanPageController(Goals goals, Actions actions, Networks networks) {
        this.goals = goals;
        this.actions = actions;
        this.networks = networks;
    }

    /**
     * A goal with its first actions, one branch of the tree.
     *
     * @param more whether the goal has more actions than shown
     */
    record GoalBranch(GoalView goal, List<ActionView> actions, boolean more) {}

    /** Consecutive goals of one challenge (none: goals without a challenge). */
    record ChallengeBranch(Optional<ChallengeId> challenge, String title, List<GoalBranch> goals) {}

    @GetMapping
    String tree(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var network = user.networkId();
        var page = goals.tree(network, Paging.of(after, size));
        var first = actions.firstOfGoals(
                network, page.items().stream().map(GoalView::id).toList(), ACTIONS_PER_GOAL);
        List<ChallengeBranch> tree = new ArrayList<>();
        for (GoalView g : page.items()) {
            var shown = first.getOrDefault(g.id(), List.of());
            var branch = new GoalBranch(
                    g, shown.subList(0, Math.min(shown.size(), ACTIONS_PER_GOAL)), shown.size() > ACTIONS_PER_GOAL);
            if (tree.isEmpty() || !tree.getLast().challenge().equals(g.challenge())) {
                tree.add(new ChallengeBranch(g.challenge(), g.challengeTitle(), new ArrayList<>()));
            }
            tree.getLast().goals().add(branch);
        }
        model.addAttribute("tree", tree);
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && after != null) {
            return "planning/plan :: rows";
        }
        var loose = actions.withoutGoal(network, Paging.first(ACTIONS_PER_GOAL));
        model.addAttribute("looseActions", loose.items());
        model.addAttribute("moreLoose", loose.hasNext());
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute("slug", networks.get(network).slug());
        return "planning/plan";
    }

    /**
     * The board: per status the count and the first cards; a column's "more" continues that column in place (htmx
     * asks this URL with {@code status} and {@code after}), or without JavaScript opens the action list of that
     * status at the same place.
     */
    @GetMapping("/board")
    String board(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String after,
            HtmxRequest htmx,
            Model model) {
        var network = user.networkId();
        model.addAttribute("today", actions.today());
        model.addAttribute("statuses", ActionStatus.values());
        if (status != null && after != null) {
            if (!htmx.isHtmxRequest()) {
                return "redirect:" + columnList(status, after);
            }
            var page = actions.withStatus(network, status, Paging.of(after, CARDS_PER_COLUMN));
            model.addAttribute("column", new Column(status, 0, page.items(), moreOf(status, page)));
            model.addAttribute("mayMove", mayMove(user, page.items()));
            return "planning/board :: cards";
        }
        var counts = actions.countByStatus(network);
        Map<ActionStatus, Column> columns = new LinkedHashMap<>();
        List<ActionView> shown = new ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) {
            var page = actions.withStatus(network, s, Paging.first(CARDS_PER_COLUMN));
            columns.put(s, new Column(s, counts.get(s), page.items(), moreOf(s, page)));
            shown.addAll(page.items());
        }
        model.addAttribute("columns", columns);
        model.addAttribute("mayMove", mayMove(user, shown));
        return "planning/board";
    }

    /**
     * A column of the board.
     *
     * @param count how many actions have the status, all pages together
     * @param more the links to the column's next cards, or {@code null} on its last page
     */
    record Column(ActionStatus status, int count, List<ActionView> cards, More more) {}

    /** The "more" of a board column: in place with htmx, the action list of that status without JavaScript. */
    record More(String inPlace, String plain) {}

    private static More moreOf(ActionStatus status, ListPage<ActionView> page) {
        if (!page.hasNext()) {
            return null;
        }
        var token = page.nextToken();
        return new More(
                UriComponentsBuilder.fromPath("/plan/board")
                        .queryParam("status", status)
                        .queryParam(PageLinks.AFTER, token)
                        .build()
                        .encode()
                        .toUriString(),
                columnList(status, token));
    }

    /** The action list of one status continues where a board column stops: both read the same order. */
    private static String columnList(ActionStatus status, String after) {
        return UriComponentsBuilder.fromPath("/actions")
                .queryParam("status", status)
                .queryParam(PageLinks.AFTER, after)
                .build()
                .encode()
                .toUriString();
    }

    @GetMapping("/mine")
    String mine(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        return list(user, model, htmx, request, after, "mine", actions.mine(user, Paging.of(after, size)));
    }

    @GetMapping("/overdue")
    String overdue(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        return list(
                user,
                model,
                htmx,
                request,
                after,
                "overdue",
                actions.overdue(user.networkId(), Paging.of(after, size)));
    }

    @GetMapping("/quick-wins")
    String quickWins(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        return list(
                user,
                model,
                htmx,
                request,
                after,
                "quickWins",
                actions.quickWins(user.networkId(), Paging.of(after, size)));
    }

    private String list(
            StielUser user,
            Model model,
            HtmxRequest htmx,
            HttpServletRequest request,
            String after,
            String which,
            ListPage<ActionView> page) {
        model.addAttribute("which", which);
        model.addAttribute("actions", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("back", which.equals("quickWins") ? "/plan/quick-wins" : "/plan/" + which);
        model.addAttribute("mayMove", mayMove(user, page.items()));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", actions.today());
        if (htmx.isHtmxRequest() && after != null) {
            return "planning/bits :: tableRows";
        }
        return "planning/actions";
    }

    private List<UUID> mayMove(StielUser user, List<ActionView> list) {
        return list.stream()
                .filter(a -> actions.canChangeStatus(user, a))
                .map(a -> a.id().value())
                .toList();
    }
}
