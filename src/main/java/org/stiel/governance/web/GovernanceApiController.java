package org.stiel.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.StielUser;
import org.stiel.governance.AgreementId;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyId;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.DecisionId;
import org.stiel.governance.DecisionSearch;
import org.stiel.governance.Decisions;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The current network's bodies, decision log and cooperation agreements as JSON. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance", description = "Steering group, working groups, decisions and cooperation agreements")
class GovernanceApiController {

    private final Bodies bodies;
    private final Decisions decisions;
    private final Agreements agreements;

    GovernanceApiController(Bodies bodies, Decisions decisions, Agreements agreements) {
        this.bodies = bodies;
        this.decisions = decisions;
        this.agreements = agreements;
    }

    @GetMapping("/bodies")
    @Operation(summary = "The steering group and working groups of the current network, with their current members")
    List<GovernanceJson.Body> bodies(@AuthenticationPrincipal StielUser user) {
        return bodies.list(user.networkId()).stream()
                .map(b -> GovernanceJson.Body.of(b, null))
                .toList();
    }

    @GetMapping("/bodies/{id}/history")
    @Operation(summary = "The body's membership history, current members first, paged")
    @ApiResponse(responseCode = "404", description = "Unknown, or a body of another network")
    ResponseEntity<List<GovernanceJson.Membership>> history(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(
                request,
                bodies.history(user.networkId(), new BodyId(id), Paging.of(after, size))
                        .map(GovernanceJson.Membership::of));
    }

    @GetMapping("/bodies/{id}")
    @Operation(
            summary = "One body with its membership history",
            description = "The history's first 25 memberships; `/bodies/{id}/history` pages through all of them.")
    @ApiResponse(responseCode = "404", description = "Unknown, or a body of another network")
    GovernanceJson.Body body(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        var bodyId = new BodyId(id);
        return GovernanceJson.Body.of(bodies.get(user.networkId(), bodyId), bodies.history(user.networkId(), bodyId));
    }

    @PostMapping("/bodies")
    @Operation(summary = "Set up a body (coordinators)")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new body")
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "422", description = "A chair who is not a member of the network, or a name taken")
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the current network")
    ResponseEntity<GovernanceJson.Body> createBody(
            @AuthenticationPrincipal StielUser user, @Valid @RequestBody BodyForm form, UriComponentsBuilder uri) {
        var id = bodies.create(user, form);
        return ResponseEntity.created(uri.path("/api/v1/governance/bodies/{id}")
                        .buildAndExpand(id.value())
                        .toUri())
                .body(GovernanceJson.Body.of(bodies.get(user.networkId(), id), List.of()));
    }

    @GetMapping("/decisions")
    @Operation(
            summary = "Search the decision log; every filter is optional",
            description =
                    "Paged: `size` (25 by default) and `after`; the next page is in the `Link: rel=\"next\"` header."
                            + " With words the best matches come first, otherwise the newest.")
    ResponseEntity<List<GovernanceJson.Decision>> decisions(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = "Words to find in what was decided and why (Dutch full text)")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Only decisions of this body") @RequestParam(required = false) UUID body,
            @Parameter(description = "Decided on or after")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Decided on or before")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(
                request,
                decisions
                        .search(user.networkId(), DecisionSearch.of(q, body, from, to), Paging.of(after, size))
                        .map(GovernanceJson.Decision::of));
    }

    @GetMapping("/decisions/{id}")
    @Operation(summary = "One decision")
    @ApiResponse(responseCode = "404", description = "Unknown, or a decision of another network")
    GovernanceJson.Decision decision(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return GovernanceJson.Decision.of(decisions.get(user.networkId(), new DecisionId(id)));
    }

    @PostMapping("/decisions")
    @Operation(summary = "Record a decision (the coordinator, or the chair of the body that took it)")
    @ApiResponse(responseCode = "201", description = "Recorded; the Location header names it")
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "422", description = "A body, goal or action that is not of the current network")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor chair of the body")
    ResponseEntity<GovernanceJson.Decision> record(
            @AuthenticationPrincipal StielUser user, @Valid @RequestBody DecisionForm form, UriComponentsBuilder uri) {
        var id = decisions.record(user, form, null);
        return ResponseEntity.created(uri.path("/api/v1/governance/decisions/{id}")
                        .buildAndExpand(id.value())
                        .toUri())
                .body(GovernanceJson.Decision.of(decisions.get(user.networkId(), id)));
    }

    @GetMapping("/agreements")
    @Operation(summary = "The cooperation agreements of the current network: partner, period and status")
    List<GovernanceJson.AgreementLine> agreements(@AuthenticationPrincipal StielUser user) {
        return agreements.list(user.networkId()).stream()
                .map(GovernanceJson.AgreementLine::of)
                .toList();
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement in full (the coordinator, or staff of the agreement's partner)")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor staff of the partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or an agreement of another network")
    GovernanceJson.Agreement agreement(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return GovernanceJson.Agreement.of(agreements.get(user, new AgreementId(id)));
    }
}
