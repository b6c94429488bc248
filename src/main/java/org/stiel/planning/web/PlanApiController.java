package org.stiel.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stiel.accounts.StielUser;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.ContributorKind;
import org.stiel.planning.GoalId;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The plan of the current network as JSON: goals with their progress, and actions. */
@RestController
@RequestMapping("/api/v1/plan")
@Tag(name = "Plan", description = "The shared goals and actions of the current network")
class PlanApiController {

    private final Goals goals;
    private final Actions actions;

    PlanApiController(Goals goals, Actions actions) {
        this.goals = goals;
        this.actions = actions;
    }

    @Schema(
            description =
                    "A shared goal; progress is the mean of its actions' progress (done = 100, cancelled left out)")
    record GoalJson(
            UUID id,
            String title,
            String why,
            String measure,
            LocalDate targetOn,
            boolean published,
            UUID challengeId,
            @Schema(minimum = "0", maximum = "100") int progress,
            int actionCount,
            List<ServedJson> servesPartners) {

        static GoalJson of(GoalView g) {
            return new GoalJson(
                    g.id().value(),
                    g.title(),
                    g.why(),
                    g.measure(),
                    g.targetOn(),
                    g.published(),
                    g.challenge().map(c -> c.value()).orElse(null),
                    g.progress(),
                    g.actionCount(),
                    g.partners().stream()
                            .map(p -> new ServedJson(p.partner().value(), p.partnerName(), p.ownGoal()))
                            .toList());
        }
    }

    record ServedJson(UUID partnerId, String partnerName, String ownGoal) {}

    record GoalDetailJson(GoalJson goal, List<ActionJson> actions) {}

    record ActionJson(
            UUID id,
            String title,
            String description,
            ActionStatus status,
            @Schema(minimum = "0", maximum = "100") int progress,
            UUID goalId,
            UUID responsiblePartnerId,
            String responsiblePartnerName,
            UUID responsiblePersonId,
            String responsiblePersonName,
            LocalDate startOn,
            LocalDate dueOn,
            boolean quickWin,
            List<ContributorJson> contributors,
            long version) {

        static ActionJson of(ActionView a) {
            return new ActionJson(
                    a.id().value(),
                    a.title(),
                    a.description(),
                    a.status(),
                    a.progress(),
                    a.goal().map(GoalId::value).orElse(null),
                    a.ownerPartner().map(p -> p.value()).orElse(null),
                    a.partnerName(),
                    a.ownerMember().map(m -> m.value()).orElse(null),
                    a.personName(),
                    a.startOn(),
                    a.dueOn(),
                    a.quickWin(),
                    a.contributors().stream()
                            .map(c -> new ContributorJson(
                                    c.partner().value(), c.partnerName(), c.kind(), c.amount(), c.description()))
                            .toList(),
                    a.version());
        }
    }

    record ContributorJson(
            UUID partnerId, String partnerName, ContributorKind kind, BigDecimal amount, String description) {}

    @Schema(description = "Leave a field out (null) to keep it; a DONE action is at 100 whatever progress says")
    record ProgressJson(
            ActionStatus status,

            @Min(value = 0, message = "{stiel.number.min}") @Max(value = 100, message = "{stiel.number.max}")
            Integer progress) {}

    @GetMapping("/goals")
    @Operation(
            summary = "The goals of the current network with their progress, by target date",
            description =
                    "Paged: `size` (25 by default) and `after`; the next page is in the `Link: rel=\"next\"` header.")
    ResponseEntity<List<GoalJson>> goals(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(
                request, goals.page(user.networkId(), Paging.of(after, size)).map(GoalJson::of));
    }

    @GetMapping("/goals/{id}")
    @Operation(
            summary = "One goal with its first actions",
            description = "The goal's first 25 actions; `/goals/{id}/actions` pages through all of them.")
    @ApiResponse(responseCode = "404", description = "Unknown, or a goal of another network")
    GoalDetailJson goal(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        var goal = goals.get(user.networkId(), new GoalId(id));
        return new GoalDetailJson(
                GoalJson.of(goal),
                actions.ofGoal(user.networkId(), goal.id()).stream()
                        .map(ActionJson::of)
                        .toList());
    }

    @GetMapping("/goals/{id}/actions")
    @Operation(summary = "The actions of one goal, active ones first, paged")
    @ApiResponse(responseCode = "404", description = "Unknown, or a goal of another network")
    ResponseEntity<List<ActionJson>> goalActions(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var goal = goals.get(user.networkId(), new GoalId(id));
        return PageLinks.ok(
                request,
                actions.ofGoal(user.networkId(), goal.id(), Paging.of(after, size))
                        .map(ActionJson::of));
    }

    @GetMapping("/actions")
    @Operation(
            summary = "The actions of the current network, active ones first, then by due date; or of one status",
            description =
                    "Paged: `size` (25 by default) and `after`; the next page is in the `Link: rel=\"next\"` header.")
    ResponseEntity<List<ActionJson>> actions(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var paging = Paging.of(after, size);
        var page = status == null
                ? actions.page(user.networkId(), paging)
                : actions.withStatus(user.networkId(), status, paging);
        return PageLinks.ok(request, page.map(ActionJson::of));
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "One action")
    @ApiResponse(responseCode = "404", description = "Unknown, or an action of another network")
    ActionJson action(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return ActionJson.of(actions.get(user.networkId(), new ActionId(id)));
    }

    @PutMapping("/actions/{id}/progress")
    @Operation(
            summary = "Move an action on: status and/or progress",
            description = "The coordinator, the responsible person, or staff of the responsible partner.")
    @ApiResponse(responseCode = "400", description = "A progress outside 0–100, or an unknown status")
    @ApiResponse(responseCode = "403", description = "Not responsible for this action")
    @ApiResponse(responseCode = "404", description = "Unknown, or an action of another network")
    ActionJson progress(
            @AuthenticationPrincipal StielUser user, @PathVariable UUID id, @Valid @RequestBody ProgressJson body) {
        var actionId = new ActionId(id);
        actions.updateProgress(user, actionId, body.status(), body.progress());
        return ActionJson.of(actions.get(user.networkId(), actionId));
    }
}
