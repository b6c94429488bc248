package org.stiel.partners.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.ContactForm;
import org.stiel.partners.LocationForm;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.partners.Reach;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The partner directory's pages: the searchable list, a partner's page, and the form to add or change one. */
@Controller
@RequestMapping("/partners")
class PartnerPageController {

    private final Partners partners;
    private final Networks networks;
    private final Accounts accounts;
    private final SpringValidatorAdapter validator;

    PartnerPageController(Partners partners, Networks networks, Accounts accounts, Validator validator) {
        this.partners = partners;
        this.networks = networks;
        this.accounts = accounts;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * One URL for the whole page and for the results alone: htmx asks for the results while one types, a browser
     * without JavaScript submits the same GET form and gets the page, and either URL can be shared.
     */
    @GetMapping
    ModelAndView list(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("filter") PartnerFilter filter,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        NetworkId network = user.networkId();
        PartnerSearch search = filter.toSearch();
        var page = partners.search(network, search, Paging.of(after, size));
        model.addAttribute("page", page);
        model.addAttribute("next", PageLinks.next(request, page));
        // the same URL answers with a page or a fragment: a cache must keep them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean htmxRequest = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        if (htmxRequest && after != null) {
            // "more": the next rows take the place of the more-row
            return new ModelAndView("partners/list :: rows");
        }
        model.addAttribute("total", partners.count(network, search));
        if (htmxRequest) {
            // the count goes out of band into the page's status line, which stays in place so that screen
            // readers announce the new count rather than the whole table
            return new ModelAndView(FragmentsRendering.fragment("partners/list :: results")
                    .fragment("partners/list :: count")
                    .build());
        }
        model.addAttribute("municipalities", networks.get(network).municipalities());
        model.addAttribute("lifeDomains", LifeDomain.values());
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("canCreate", partners.canCreate(user));
        return new ModelAndView("partners/list");
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var partnerId = new PartnerId(id);
        var partner = partners.get(user.networkId(), partnerId);
        model.addAttribute("partner", partner);
        model.addAttribute("updatedAt", ZonedDateTime.ofInstant(partner.updatedAt(), ZONE));
        model.addAttribute("canEdit", partners.canEdit(user, partnerId));
        model.addAttribute("staff", accounts.staffOf(user.networkId(), id));
        if (!model.containsAttribute("staffInvitation")) {
            model.addAttribute("staffInvitation", new PartnerStaffController.StaffInvitation());
        }
        return "partners/detail";
    }

    @GetMapping("/new")
    String newPartner(@AuthenticationPrincipal StielUser user, Model model) {
        requireCreate(user);
        model.addAttribute("form", new PartnerForm());
        return formPage(model, user, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("form") PartnerForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLocation,
            @RequestParam(required = false) String addContact,
            Model model,
            RedirectAttributes redirect) {
        requireCreate(user);
        if (addRow(form, addLocation, addContact) || !valid(form, binding)) {
            return formPage(model, user, null);
        }
        PartnerId id = partners.create(user, form);
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:/partners/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var partnerId = new PartnerId(id);
        // not found (another network) before forbidden, so that one cannot probe for other networks' partners
        var form = partners.form(user.networkId(), partnerId);
        requireEdit(user, partnerId);
        model.addAttribute("form", form);
        return formPage(model, user, partnerId);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") PartnerForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLocation,
            @RequestParam(required = false) String addContact,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var partnerId = new PartnerId(id);
        partners.get(user.networkId(), partnerId);
        requireEdit(user, partnerId);
        if (addRow(form, addLocation, addContact) || !valid(form, binding)) {
            return formPage(model, user, partnerId);
        }
        try {
            partners.update(user, partnerId, form);
        } catch (OptimisticLockingFailureException e) {
            // The form again rather than the bare 409 page: what was typed stays on screen to copy over. The stale
            // version stays in the form too, so that saving again does not overwrite the other change unseen.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            return formPage(model, user, partnerId);
        }
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:/partners/" + partnerId;
    }

    private void requireCreate(StielUser user) {
        if (!partners.canCreate(user)) {
            throw new ForbiddenException("Only a coordinator adds partners");
        }
    }

    private void requireEdit(StielUser user, PartnerId id) {
        if (!partners.canEdit(user, id)) {
            throw new ForbiddenException("Not your partner");
        }
    }

    /** The "add a row" buttons only grow the form: nothing is validated or saved yet. */
    private static boolean addRow(PartnerForm form, String addLocation, String addContact) {
        if (addLocation != null) {
            form.getLocations().add(new LocationForm());
            return true;
        }
        if (addContact != null) {
            form.getContacts().add(new ContactForm());
            return true;
        }
        return false;
    }

    private boolean valid(PartnerForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            // a value that did not convert (a latitude of letters): dropping rows now would move that error
            // onto another row, so show it as typed first
            return false;
        }
        form.withoutBlankRows();
        validator.validate(form, binding);
        return !binding.hasErrors();
    }

    private String formPage(Model model, StielUser user, PartnerId id) {
        var form = (PartnerForm) model.getAttribute("form");
        // one empty row of each, so that a location or contact can be added without JavaScript
        if (form.getLocations().isEmpty() || !last(form.getLocations()).isBlank()) {
            form.getLocations().add(new LocationForm());
        }
        if (form.getContacts().isEmpty() || !last(form.getContacts()).isBlank()) {
            form.getContacts().add(new ContactForm());
        }
        model.addAttribute("partnerId", id);
        if (id != null) {
            model.addAttribute(
                    "partnerName", partners.nameOf(user.networkId(), id).orElse(""));
        }
        model.addAttribute("canSetCore", Roles.coordinator(user));
        model.addAttribute("lifeDomains", LifeDomain.values());
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("reaches", Reach.values());
        return "partners/form";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
