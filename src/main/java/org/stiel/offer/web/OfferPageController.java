package org.stiel.offer.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.PageLinks;

/**
 * The offer's pages for the network's members: the list, an offer's page, the form to add or change one (rows for
 * schedules, closures and price options without JavaScript), "still correct", and the stale list.
 */
@Controller
@RequestMapping("/offers")
class OfferPageController {

    private final Offers offers;
    private final Partners partners;
    private final OfferFormPage formPage;
    private final Clock clock;

    OfferPageController(Offers offers, Partners partners, OfferFormPage formPage, Clock clock) {
        this.clock = clock;
        this.offers = offers;
        this.partners = partners;
        this.formPage = formPage;
    }

    /** Languages as one text field, "nl, fr". */
    @InitBinder("form")
    void languagesAsText(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "languages", new LanguagesEditor());
    }

    /**
     * The network's offers a page at a time, by partner and name; with {@code partner} one partner's offers (the
     * "offers of a partner" list the partner's page links to). htmx asks for the next rows alone ("more").
     */
    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("filter") OfferListFilter filter,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = offers.list(user.networkId(), filter.toFilter(), Paging.of(after, size));
        model.addAttribute("offers", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && after != null) {
            return "offer/list :: rows";
        }
        model.addAttribute("total", offers.count(user.networkId(), filter.toFilter()));
        model.addAttribute("partnerChoices", partners.choices(user.networkId()));
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("statuses", OfferStatus.values());
        model.addAttribute("canCreate", canCreateAny(user));
        model.addAttribute("isCoordinator", Roles.coordinator(user));
        return "offer/list";
    }

    @GetMapping("/stale")
    String stale(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = offers.staleFor(user, Paging.of(after, size));
        model.addAttribute("offers", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && after != null) {
            return "offer/list :: rows";
        }
        model.addAttribute("total", offers.countStaleFor(user));
        return "offer/stale";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var offerId = new OfferId(id);
        var offer = offers.get(user.networkId(), offerId);
        LocalDate today = StielTime.today(clock);
        model.addAttribute("offer", offer);
        model.addAttribute("stale", offer.staleOn(today));
        model.addAttribute("occurrences", offers.occurrences(user.networkId(), offerId, today, 10));
        model.addAttribute("updatedAt", ZonedDateTime.ofInstant(offer.updatedAt(), ZONE));
        model.addAttribute("canEdit", offers.canEdit(user, offerId));
        return "offer/detail";
    }

    /** A coordinator first chooses the partner (its locations fill the form); staff add to their own partner. */
    @GetMapping("/new")
    String newOffer(
            @AuthenticationPrincipal StielUser user, @RequestParam(required = false) UUID partner, Model model) {
        user.networkId();
        if (partner == null) {
            var own = user.current().flatMap(m -> m.partnerId());
            if (own.isPresent() && !Roles.coordinator(user)) {
                return "redirect:/offers/new?partner=" + own.get();
            }
            Require.coordinator(user);
            model.addAttribute("partnerChoices", partners.choices(user.networkId()));
            return "offer/choose-partner";
        }
        var partnerId = new PartnerId(partner);
        requireCreate(user, partnerId);
        var form = new OfferForm();
        model.addAttribute("form", form);
        return formPage.render(model, user, partnerId, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @RequestParam UUID partner,
            @ModelAttribute("form") OfferForm form,
            BindingResult binding,
            @RequestParam(required = false) String addSchedule,
            @RequestParam(required = false) String addClosure,
            @RequestParam(required = false) String addCostOption,
            Model model,
            RedirectAttributes redirect) {
        var partnerId = new PartnerId(partner);
        requireCreate(user, partnerId);
        if (OfferFormPage.addRow(form, addSchedule, addClosure, addCostOption) || !formPage.valid(form, binding)) {
            return formPage.render(model, user, partnerId, null);
        }
        OfferId id = offers.create(user, partnerId, form);
        redirect.addFlashAttribute("flash", "offer.saved");
        return "redirect:/offers/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var offerId = new OfferId(id);
        // not found (another network) before forbidden, so that one cannot probe for other networks' offers
        var offer = offers.get(user.networkId(), offerId);
        requireEdit(user, offerId);
        model.addAttribute("form", offers.form(user.networkId(), offerId));
        return formPage.render(model, user, offer.partnerId(), offerId);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") OfferForm form,
            BindingResult binding,
            @RequestParam(required = false) String addSchedule,
            @RequestParam(required = false) String addClosure,
            @RequestParam(required = false) String addCostOption,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var offerId = new OfferId(id);
        var offer = offers.get(user.networkId(), offerId);
        requireEdit(user, offerId);
        if (OfferFormPage.addRow(form, addSchedule, addClosure, addCostOption) || !formPage.valid(form, binding)) {
            return formPage.render(model, user, offer.partnerId(), offerId);
        }
        try {
            offers.update(user, offerId, form);
        } catch (OptimisticLockingFailureException e) {
            // the form again rather than the bare 409 page: what was typed stays on screen to copy over
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            return formPage.render(model, user, offer.partnerId(), offerId);
        }
        redirect.addFlashAttribute("flash", "offer.saved");
        return "redirect:/offers/" + offerId;
    }

    @PostMapping("/{id}/verify")
    String verify(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        offers.verify(user, new OfferId(id));
        redirect.addFlashAttribute("flash", "offer.verified");
        return "redirect:/offers/" + id;
    }

    private boolean canCreateAny(StielUser user) {
        return Roles.coordinator(user)
                || (user.is(NetworkRole.PARTNER_STAFF)
                        && user.current().flatMap(m -> m.partnerId()).isPresent());
    }

    private void requireCreate(StielUser user, PartnerId partner) {
        // not found (another network's partner) before forbidden
        partners.get(user.networkId(), partner);
        if (!offers.canCreate(user, partner)) {
            throw new ForbiddenException("Not your partner");
        }
    }

    private void requireEdit(StielUser user, OfferId id) {
        if (!offers.canEdit(user, id)) {
            throw new ForbiddenException("Not your partner's offer");
        }
    }
}
