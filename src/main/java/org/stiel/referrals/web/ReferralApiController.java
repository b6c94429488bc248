package org.stiel.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkView.MunicipalityView;
import org.stiel.offer.OfferId;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;
import org.stiel.referrals.AccessEntry;
import org.stiel.referrals.Box;
import org.stiel.referrals.ConsentMissingException;
import org.stiel.referrals.ConsentText;
import org.stiel.referrals.IllegalTransitionException;
import org.stiel.referrals.RecipientService;
import org.stiel.referrals.ReferralAnswer;
import org.stiel.referrals.ReferralForm;
import org.stiel.referrals.ReferralId;
import org.stiel.referrals.ReferralInbox;
import org.stiel.referrals.ReferralLine;
import org.stiel.referrals.ReferralNotice;
import org.stiel.referrals.ReferralNumbers;
import org.stiel.referrals.ReferralStatistics;
import org.stiel.referrals.ReferralView;
import org.stiel.referrals.Referrals;
import org.stiel.referrals.ServiceCount;

/**
 * Referrals as JSON, for the session or a personal access token. The family's details come only with
 * {@code GET /{id}}, to staff of the two partners, and every such read is logged.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "Consent-gated referrals between the partners of the current network")
class ReferralApiController {

    private static final String PAGED = "A page at a time (25 by default): the next page is in the Link header "
            + "(rel=\"next\"); no such header on the last page.";
    private static final String AFTER = "Where the page starts: as given by the Link header of the page before";
    private static final String SIZE = "Rows per page, 1 to 100 (25 when left out)";

    private final Referrals referrals;
    private final ReferralInbox inbox;
    private final ReferralNumbers numbers;
    private final MessageSource messages;

    ReferralApiController(Referrals referrals, ReferralInbox inbox, ReferralNumbers numbers, MessageSource messages) {
        this.referrals = referrals;
        this.inbox = inbox;
        this.numbers = numbers;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary = "Write a referral to another partner of the network (partner staff)",
            description =
                    "Created as a draft; with send=true it is sent at once, which needs the complete consent "
                            + "record (consentGivenBy, consentGivenOn, consentMethod, consentPurpose, consentTextVersion). "
                            + "offerId optionally names one of the recipient's services (GET /services); municipalityNis "
                            + "optionally the NIS code of the family's municipality, one of the network's (GET /municipalities).")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the referral")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors map")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    @ApiResponse(responseCode = "404", description = "The recipient is not a partner of the current network")
    @ApiResponse(
            responseCode = "422",
            description = "send=true without a complete consent record; an offerId that is not an active service of "
                    + "the recipient in this network, a municipalityNis that is not one of the network's, or the own "
                    + "partner as recipient (the field in the problem)")
    ResponseEntity<ReferralView> create(
            @AuthenticationPrincipal StielUser user,
            @Valid @RequestBody ReferralForm form,
            @RequestParam(defaultValue = "false") boolean send,
            UriComponentsBuilder uri) {
        ReferralId id = referrals.create(user, form, send);
        URI location =
                uri.path("/api/v1/referrals/{id}").buildAndExpand(id.value()).toUri();
        return ResponseEntity.created(location).body(referrals.read(user, id, true));
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send a draft (its sender)")
    @ApiResponse(responseCode = "403", description = "Not staff of the sending partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or a referral of another network")
    @ApiResponse(responseCode = "409", description = "Not a draft any more")
    @ApiResponse(responseCode = "422", description = "No complete consent record")
    ReferralView send(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        referrals.send(user, new ReferralId(id));
        return referrals.read(user, new ReferralId(id), true);
    }

    @PostMapping("/{id}/transitions")
    @Operation(
            summary = "Take a step: ACCEPT, DECLINE (with declineReason), START_CONTACT, CLOSE (with outcome), "
                    + "CANCEL (sender, before acceptance), WITHDRAW_CONSENT (either side)")
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "422", description = "A decline without reason, a close without outcome")
    @ApiResponse(responseCode = "403", description = "Not staff of the sending or receiving partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or a referral of another network")
    @ApiResponse(responseCode = "409", description = "The lifecycle does not allow this step now, or not for this side")
    ReferralView transition(
            @AuthenticationPrincipal StielUser user, @PathVariable UUID id, @Valid @RequestBody ReferralAnswer answer) {
        referrals.act(user, new ReferralId(id), answer);
        return referrals.read(user, new ReferralId(id), true);
    }

    @GetMapping("/inbox")
    @Operation(
            summary = "The referrals the reader's partner received, newest first; no family details",
            description = PAGED)
    @ApiResponse(responseCode = "400", description = "A cursor or size that is not valid")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    ResponseEntity<List<ReferralLine>> inbox(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = "NEW, IN_PROGRESS or CLOSED; all when left out") @RequestParam(required = false)
                    Box box,
            @Parameter(description = "Only those for this service (offer id) of the reader's partner")
                    @RequestParam(required = false)
                    UUID service,
            @Parameter(description = "Only those assigned to the reader") @RequestParam(defaultValue = "false")
                    boolean mine,
            @Parameter(description = AFTER) @RequestParam(required = false) String after,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var page =
                inbox.received(user, box, mine, service == null ? null : new OfferId(service), Paging.of(after, size));
        return PageLinks.ok(request, page);
    }

    @GetMapping("/inbox/services")
    @Operation(summary = "How many received referrals name each service of the reader's partner, most first")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    List<ServiceCount> inboxServices(@AuthenticationPrincipal StielUser user) {
        return inbox.serviceCounts(user);
    }

    @GetMapping("/services")
    @Operation(
            summary = "The services a referral can name: active services of the other partners (partner staff)",
            description = "Published or not: a referral is between professionals.")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    List<RecipientService> services(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = "Only this recipient partner's") @RequestParam(required = false) UUID partner) {
        return partner == null ? referrals.services(user) : referrals.services(user, partner);
    }

    @GetMapping("/municipalities")
    @Operation(summary = "The municipalities a referral can name as the family's: the network's, with their NIS codes")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    List<MunicipalityView> municipalities(@AuthenticationPrincipal StielUser user) {
        return referrals.municipalities(user);
    }

    @GetMapping("/sent")
    @Operation(
            summary = "The referrals the reader's partner sent, drafts included (under NEW), newest first; no family "
                    + "details",
            description = PAGED)
    @ApiResponse(responseCode = "400", description = "A cursor or size that is not valid")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    ResponseEntity<List<ReferralLine>> sent(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = "NEW, IN_PROGRESS or CLOSED; all when left out") @RequestParam(required = false)
                    Box box,
            @Parameter(description = AFTER) @RequestParam(required = false) String after,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(request, inbox.sent(user, box, Paging.of(after, size)));
    }

    @GetMapping("/notifications")
    @Operation(
            summary = "The notifications of the reader's partner, read or not, newest first; no family details",
            description = PAGED)
    @ApiResponse(responseCode = "400", description = "A cursor or size that is not valid")
    @ApiResponse(responseCode = "403", description = "Not partner staff")
    ResponseEntity<List<ReferralNotice>> notifications(
            @AuthenticationPrincipal StielUser user,
            @Parameter(description = AFTER) @RequestParam(required = false) String after,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(request, inbox.notifications(user, Paging.of(after, size)));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One referral with the family's details (staff of the two partners); the read is logged",
            description = "The recipient's first read marks the referral opened. After consent is withdrawn or the "
                    + "family erased, family and consent are left out.")
    @ApiResponse(responseCode = "403", description = "Not staff of the sending or receiving partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or a referral of another network")
    ReferralView get(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return referrals.read(user, new ReferralId(id), true);
    }

    @GetMapping("/{id}/access-log")
    @Operation(
            summary = "Who read the family's details, when, oldest first (staff of the two partners)",
            description = PAGED)
    @ApiResponse(responseCode = "403", description = "Not staff of the sending or receiving partner")
    @ApiResponse(responseCode = "404", description = "Unknown, or a referral of another network")
    ResponseEntity<List<AccessEntry>> accessLog(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Parameter(description = AFTER) @RequestParam(required = false) String after,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(request, referrals.accessLog(user, new ReferralId(id), Paging.of(after, size)));
    }

    @GetMapping("/statistics")
    @Operation(summary = "The network's referral numbers and flows (coordinator); no names, no free text")
    ReferralStatistics statistics(@AuthenticationPrincipal StielUser user) {
        return numbers.statistics(user);
    }

    @GetMapping("/consent-text")
    @Operation(summary = "The current consent text of the network, to show the family before they consent")
    @ApiResponse(responseCode = "404", description = "The coordinator has not written one yet")
    ConsentText consentText(@AuthenticationPrincipal StielUser user) {
        referrals.consentTexts(user);
        return referrals.currentConsentText(user.networkId()).orElseThrow(() -> new NotFoundException("Consent text"));
    }

    // handled here, before the platform's catch-all: they are ours and mean 4xx, not 500

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition() {
        return problem(HttpStatus.CONFLICT, "illegal-transition", "referrals.problem.transition");
    }

    @ExceptionHandler(ConsentMissingException.class)
    ProblemDetail consentMissing() {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "consent-missing", "referrals.problem.consent");
    }

    private ProblemDetail problem(HttpStatus status, String type, String key) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://stiel.example/problems/" + type));
        return problem;
    }
}
