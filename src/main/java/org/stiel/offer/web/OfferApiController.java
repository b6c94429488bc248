package org.stiel.offer.web;

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
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferSummary;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The offer of the current network as JSON, for the session or a personal access token. */
@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "Offers", description = "The services and activities of the current network's partners")
class OfferApiController {

    private final Offers offers;

    OfferApiController(Offers offers) {
        this.offers = offers;
    }

    @GetMapping
    @Operation(
            summary = "The offers of the current network; every filter is optional",
            description = "Paged, by partner name, then offer name. The Link header (rel=\"next\") names the next "
                    + "page; size is 25 by default, at most 100.")
    @ApiResponse(responseCode = "400", description = "A cursor (after) that was tampered with, or a size out of range")
    ResponseEntity<List<OfferSummary>> list(
            @AuthenticationPrincipal StielUser user,
            @ParameterObject OfferListFilter filter,
            @Parameter(description = "The cursor of the next page, from the Link header")
                    @RequestParam(required = false)
                    String after,
            @Parameter(description = "Offers per page, 1-100 (25)") @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(request, offers.list(user.networkId(), filter.toFilter(), Paging.of(after, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One offer with its schedules, closures and places")
    @ApiResponse(responseCode = "404", description = "Unknown, or an offer of another network")
    OfferView get(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return offers.get(user.networkId(), new OfferId(id));
    }

    @PostMapping
    @Operation(
            summary = "Add an offer of a partner (coordinators, or staff of that partner)",
            description = "locationIds must be locations of that partner; others are left out.")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new offer")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors map")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor staff of this partner")
    @ApiResponse(responseCode = "404", description = "Unknown partner, or a partner of another network")
    ResponseEntity<OfferView> create(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = "The partner whose offer this is") @RequestParam UUID partner,
            @Valid @RequestBody OfferForm form,
            UriComponentsBuilder uri) {
        OfferId id = offers.create(user, new PartnerId(partner), form);
        return ResponseEntity.created(uri.path("/api/v1/offers/{id}")
                        .buildAndExpand(id.value())
                        .toUri())
                .body(offers.get(user.networkId(), id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace an offer (coordinators, or staff of its partner); saving confirms it as correct",
            description = "Send back the version of the GET to have the change refused if someone else changed the "
                    + "offer since. Schedules keep their ids when their id is sent back.")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors map")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor staff of this offer's partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or an offer of another network")
    @ApiResponse(responseCode = "409", description = "The version sent is not the offer's current one")
    OfferView update(
            @AuthenticationPrincipal StielUser user, @PathVariable UUID id, @Valid @RequestBody OfferForm form) {
        var offerId = new OfferId(id);
        offers.update(user, offerId, form);
        return offers.get(user.networkId(), offerId);
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Confirm that the offer is still correct (coordinators, or staff of its partner)")
    @ApiResponse(responseCode = "403", description = "Neither coordinator nor staff of this offer's partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or an offer of another network")
    OfferView verify(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        var offerId = new OfferId(id);
        offers.verify(user, offerId);
        return offers.get(user.networkId(), offerId);
    }
}
