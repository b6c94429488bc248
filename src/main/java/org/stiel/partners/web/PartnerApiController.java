package org.stiel.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.StielUser;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The partner directory of the current network as JSON, for the session or a personal access token. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "The partner organisations of the current network")
class PartnerApiController {

    private final Partners partners;

    PartnerApiController(Partners partners) {
        this.partners = partners;
    }

    @GetMapping
    @Operation(
            summary = "Search the partners of the current network; every filter is optional",
            description = "Paged: by name, or by relevance with q. The Link header (rel=\"next\") names the next "
                    + "page; size is 25 by default, at most 100.")
    @ApiResponse(responseCode = "400", description = "A cursor (after) that was tampered with, or a size out of range")
    ResponseEntity<List<PartnerJson.Summary>> list(
            @AuthenticationPrincipal StielUser user,
            @ParameterObject PartnerFilter filter,
            @Parameter(description = "The cursor of the next page, from the Link header")
                    @RequestParam(required = false)
                    String after,
            @Parameter(description = "Partners per page, 1-100 (25)") @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var page = partners.search(user.networkId(), filter.toSearch(), Paging.of(after, size));
        return PageLinks.ok(request, page.map(PartnerJson.Summary::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner as the current network sees it")
    @ApiResponse(responseCode = "404", description = "Unknown, or a partner of another network")
    PartnerJson.Detail get(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return PartnerJson.Detail.of(partners.get(user.networkId(), new PartnerId(id)));
    }

    @PostMapping
    @Operation(summary = "Add a partner to the current network (coordinators)")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new partner")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors map")
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the current network")
    ResponseEntity<PartnerJson.Detail> create(
            @AuthenticationPrincipal StielUser user, @Valid @RequestBody PartnerForm form, UriComponentsBuilder uri) {
        PartnerId id = partners.create(user, form);
        return ResponseEntity.created(uri.path("/api/v1/partners/{id}")
                        .buildAndExpand(id.value())
                        .toUri())
                .body(PartnerJson.Detail.of(partners.get(user.networkId(), id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a partner's record (coordinators, or staff of that partner)",
            description = "Send back the version of the GET to have the change refused if someone else changed the "
                    + "partner since.")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors map")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor staff of this partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or a partner of another network")
    @ApiResponse(
            responseCode = "409",
            description = "The version sent is not the partner's current one: someone changed it meanwhile. "
                    + "Without a version the change overwrites whatever is there.")
    PartnerJson.Detail update(
            @AuthenticationPrincipal StielUser user, @PathVariable UUID id, @Valid @RequestBody PartnerForm form) {
        var partnerId = new PartnerId(id);
        partners.update(user, partnerId, form);
        return PartnerJson.Detail.of(partners.get(user.networkId(), partnerId));
    }
}
