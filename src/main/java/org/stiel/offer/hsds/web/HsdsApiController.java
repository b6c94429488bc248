package org.stiel.offer.hsds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.stiel.offer.hsds.HsdsCatalog;
import org.stiel.offer.hsds.HsdsCatalog.Search;
import org.stiel.offer.hsds.HsdsCatalog.Shape;
import org.stiel.platform.StielProperties;

/**
 * The Open Referral HSDS 3.0 API on the published offer of every network (or of one: {@code network}, a slug). No
 * login. Lists are pages as in the HSDS API reference; errors are problem JSON.
 */
@RestController
@RequestMapping("/api/hsds")
@Tag(name = "HSDS 3.0", description = "The published offer as Open Referral HSDS 3.0, public")
class HsdsApiController {

    private final HsdsCatalog catalog;
    private final StielProperties properties;

    HsdsApiController(HsdsCatalog catalog, StielProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "Which HSDS version this API speaks")
    Map<String, Object> root() {
        // from the configured base URL: a client's Host or forwarded headers must not choose where links point
        return Map.of(
                "version", "3.0",
                "profile", "https://docs.openreferral.org/en/latest/hsds/",
                "openapi_url", properties.link("/v3/api-docs"));
    }

    @GetMapping("/services")
    @Operation(summary = "Search the published services and activities")
    Map<String, Object> services(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(name = "modified_after", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime modifiedAfter,
            @RequestParam(defaultValue = "false") boolean minimal,
            @RequestParam(defaultValue = "false") boolean full,
            @Parameter(description = "Only this network's offer (its slug)") @RequestParam(required = false)
                    String network) {
        paging(page, perPage);
        return catalog.services(new Search(
                network,
                search,
                taxonomyTermId,
                taxonomyId,
                organizationId,
                modifiedAfter,
                null,
                null,
                page,
                perPage,
                shape(minimal, full)));
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One published service, fully nested")
    @ApiResponse(responseCode = "404", description = "Unknown or not published")
    Map<String, Object> service(@PathVariable UUID id, @RequestParam(required = false) String network) {
        return catalog.service(id, network);
    }

    @GetMapping("/organizations")
    @Operation(summary = "The partners with published offer")
    Map<String, Object> organizations(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(required = false) String network) {
        paging(page, perPage);
        return catalog.organizations(network, search, full || fullService, page, perPage);
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One organization with its locations and published services")
    @ApiResponse(responseCode = "404", description = "Unknown, or without published offer")
    Map<String, Object> organization(
            @PathVariable UUID id,
            @RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
            @RequestParam(required = false) String network) {
        return catalog.organization(id, network, fullService);
    }

    @GetMapping("/service_at_locations")
    @Operation(summary = "Where the published services take place; postcode and proximity (metres) narrow it down")
    Map<String, Object> servicesAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(name = "modified_after", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime modifiedAfter,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) Integer proximity,
            @RequestParam(required = false) String network) {
        paging(page, perPage);
        if (proximity != null && (proximity < 0 || postcode == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "proximity needs a postcode and metres >= 0");
        }
        return catalog.servicesAtLocations(new Search(
                network,
                search,
                taxonomyTermId,
                taxonomyId,
                organizationId,
                modifiedAfter,
                postcode,
                proximity,
                page,
                perPage,
                full ? Shape.FULL : Shape.LIST));
    }

    @GetMapping("/service_at_locations/{id}")
    @Operation(summary = "One service at one location, fully nested")
    Map<String, Object> serviceAtLocation(@PathVariable UUID id, @RequestParam(required = false) String network) {
        return catalog.serviceAtLocation(id, network);
    }

    @GetMapping("/taxonomies")
    @Operation(summary = "Stiel's taxonomies: life domains, pillars, audiences, age groups, kinds, features")
    Map<String, Object> taxonomies(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        paging(page, perPage);
        return catalog.taxonomies(search, page, perPage);
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    Map<String, Object> taxonomy(@PathVariable UUID id) {
        return catalog.taxonomy(id);
    }

    @GetMapping("/taxonomy_terms")
    @Operation(summary = "The terms of Stiel's taxonomies (Dutch names, English descriptions)")
    Map<String, Object> taxonomyTerms(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "top_only", defaultValue = "false") boolean topOnly,
            @RequestParam(name = "parent_id", required = false) UUID parentId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        paging(page, perPage);
        return catalog.taxonomyTerms(search, taxonomyId, topOnly, parentId, page, perPage);
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    Map<String, Object> taxonomyTerm(@PathVariable UUID id) {
        return catalog.taxonomyTerm(id);
    }

    private static Shape shape(boolean minimal, boolean full) {
        return full ? Shape.FULL : minimal ? Shape.MINIMAL : Shape.LIST;
    }

    private static void paging(int page, int perPage) {
        if (page < 1 || perPage < 1 || perPage > HsdsCatalog.MAX_PER_PAGE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 1 or more, per_page 1 to " + HsdsCatalog.MAX_PER_PAGE);
        }
    }
}
