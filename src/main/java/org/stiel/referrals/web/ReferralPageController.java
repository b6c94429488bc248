package org.stiel.referrals.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.LifeDomain;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;
import org.stiel.referrals.ConsentMethod;
import org.stiel.referrals.ConsentMissingException;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.IllegalTransitionException;
import org.stiel.referrals.Outcome;
import org.stiel.referrals.PreferredContact;
import org.stiel.referrals.RecipientService;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralAnswer;
import org.stiel.referrals.ReferralForm;
import org.stiel.referrals.ReferralId;
import org.stiel.referrals.Referrals;
import org.stiel.referrals.Urgency;

/**
 * The pages of partner staff: a new referral, one referral with its steps and access log. The inbox, sent list and
 * notifications are in {@link ReferralInboxPageController}, the coordinator's pages in {@link
 * CoordinatorPageController}.
 */
@Controller
@RequestMapping("/referrals")
class ReferralPageController {

    private final Referrals referrals;

    ReferralPageController(Referrals referrals) {
        this.referrals = referrals;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ZONE;
    }

    /**
     * The form; htmx asks the same URL for the service field alone when the recipient changes, so that it lists only
     * that partner's services. Without JavaScript the field lists every partner's services, grouped by partner.
     */
    @GetMapping("/new")
    String newReferral(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) UUID recipientPartnerId,
            HtmxRequest htmx,
            HttpServletResponse response,
            Model model) {
        var form = new ReferralForm();
        form.setConsentGivenOn(referrals.today());
        form.setRecipientPartnerId(recipientPartnerId);
        model.addAttribute("form", form);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            model.addAttribute(
                    "serviceGroups",
                    byPartner(
                            recipientPartnerId == null
                                    ? referrals.services(user)
                                    : referrals.services(user, recipientPartnerId)));
            return "referrals/form :: service";
        }
        return formPage(user, model);
    }

    private static Map<String, List<RecipientService>> byPartner(List<RecipientService> services) {
        Map<String, List<RecipientService>> groups = new LinkedHashMap<>();
        services.forEach(s -> groups.computeIfAbsent(s.partnerName(), k -> new java.util.ArrayList<>())
                .add(s));
        return groups;
    }

    /** Sends the referral now: the consent record must be complete ({@link ReferralForm.Send}). */
    @PostMapping
    String send(
            @AuthenticationPrincipal StielUser user,
            @Validated({Default.class, ReferralForm.Send.class}) @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return create(user, form, binding, true, model, redirect);
    }

    /** Keeps the referral as a draft: the consent record may still be missing. */
    @PostMapping(params = "intent=draft")
    String saveDraft(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return create(user, form, binding, false, model, redirect);
    }

    private String create(
            StielUser user,
            ReferralForm form,
            BindingResult binding,
            boolean send,
            Model model,
            RedirectAttributes redirect) {
        referrals.recipients(user);
        // checked here too (the facade refuses them as well), so that the form shows every error at once
        if (form.getOfferId() != null
                && form.getRecipientPartnerId() != null
                && !referrals.offersService(user, form.getRecipientPartnerId(), form.getOfferId())) {
            binding.rejectValue("offerId", "referrals.service.notOffered");
        }
        if (referrals.consentInTheFuture(form)) {
            binding.rejectValue("consentGivenOn", "referrals.consent.future");
        }
        if (form.getMunicipalityNis() != null
                && !form.getMunicipalityNis().isBlank()
                && referrals.municipalities(user).stream()
                        .noneMatch(m -> m.nisCode().equals(form.getMunicipalityNis()))) {
            binding.rejectValue("municipalityNis", "referrals.municipality.unknown");
        }
        return FormFlow.submit(
                binding,
                () -> {
                    model.addAttribute("formErrors", true);
                    return formPage(user, model);
                },
                () -> referrals.create(user, form, send),
                id -> FormFlow.redirect(
                        redirect, send ? "referrals.flash.sent" : "referrals.flash.draft", "/referrals/" + id));
    }

    private String formPage(StielUser user, Model model) {
        model.addAttribute("recipients", referrals.recipients(user));
        model.addAttribute("serviceGroups", byPartner(referrals.services(user)));
        model.addAttribute(
                "consentText", referrals.currentConsentText(user.networkId()).orElse(null));
        model.addAttribute("municipalities", referrals.municipalities(user));
        model.addAttribute("lifeDomains", LifeDomain.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("contactMethods", PreferredContact.values());
        model.addAttribute("consentMethods", ConsentMethod.values());
        return "referrals/form";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var referral = referrals.read(user, new ReferralId(id), false);
        model.addAttribute("referral", referral);
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("outcomes", Outcome.values());
        if (referral.side() == org.stiel.referrals.ReferralSide.RECIPIENT
                && !referral.status().terminal()) {
            model.addAttribute("colleagues", referrals.colleagues(user));
        }
        return "referrals/detail";
    }

    @PostMapping("/{id}/send")
    String send(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        referrals.send(user, new ReferralId(id));
        redirect.addFlashAttribute("flash", "referrals.flash.sent");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/{id}/transition")
    String transition(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam ReferralAction action,
            @RequestParam(required = false) DeclineReason declineReason,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
        referrals.act(user, new ReferralId(id), new ReferralAnswer(action, declineReason, outcome, note));
        redirect.addFlashAttribute("flash", "referrals.flash.done." + action);
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        referrals.withdrawConsent(user, new ReferralId(id));
        redirect.addFlashAttribute("flash", "referrals.flash.done.WITHDRAW_CONSENT");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/{id}/assign")
    String assign(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID assignee,
            RedirectAttributes redirect) {
        referrals.assign(user, new ReferralId(id), assignee == null ? null : new UserId(assignee));
        redirect.addFlashAttribute("flash", "referrals.flash.assigned");
        return "redirect:/referrals/" + id;
    }

    @GetMapping("/{id}/access-log")
    String accessLog(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = referrals.accessLog(user, new ReferralId(id), Paging.of(after, size));
        model.addAttribute("entries", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("referralId", id);
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() && after != null) {
            return "referrals/access-log :: rows";
        }
        return "referrals/access-log";
    }

    /** A step the lifecycle refuses: mostly a page that was open while someone else moved the referral on. */
    @ExceptionHandler(IllegalTransitionException.class)
    ModelAndView illegalTransition() {
        return problem("referrals.problem.transition", HttpStatus.CONFLICT);
    }

    @ExceptionHandler(ConsentMissingException.class)
    ModelAndView consentMissing() {
        return problem("referrals.problem.consent", HttpStatus.UNPROCESSABLE_CONTENT);
    }

    static ModelAndView problem(String key, HttpStatus status) {
        var page = new ModelAndView("referrals/problem", status);
        page.addObject("problem", key);
        return page;
    }

    static void requireStaff(Referrals referrals, StielUser user) {
        if (!referrals.isStaff(user)) {
            throw new ForbiddenException("Partner staff only");
        }
    }
}
