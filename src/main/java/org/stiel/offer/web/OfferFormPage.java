package org.stiel.offer.web;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.offer.Audience;
import org.stiel.offer.ClosureForm;
import org.stiel.offer.CostOptionForm;
import org.stiel.offer.Frequency;
import org.stiel.offer.OfferCost;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferReach;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.offer.Pillar;
import org.stiel.offer.ScheduleForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * The offer form's page, shared by adding and changing an offer: its rows for schedules, closures and price options
 * (grown without JavaScript), its validation and the choices it offers.
 */
@Component
class OfferFormPage {

    private final Offers offers;
    private final Partners partners;
    private final SpringValidatorAdapter validator;

    OfferFormPage(Offers offers, Partners partners, Validator validator) {
        this.offers = offers;
        this.partners = partners;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The "add a row" buttons only grow the form: nothing is validated or saved yet. */
    static boolean addRow(OfferForm form, String schedule, String closure, String costOption) {
        if (schedule != null) {
            form.getSchedules().add(new ScheduleForm());
            return true;
        }
        if (closure != null) {
            form.getClosures().add(new ClosureForm());
            return true;
        }
        if (costOption != null) {
            form.getCostOptions().add(new CostOptionForm());
            return true;
        }
        return false;
    }

    boolean valid(OfferForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            // a value that did not convert (a date of letters): dropping rows now would move that error onto
            // another row, so show it as typed first
            return false;
        }
        form.withoutBlankRows();
        validator.validate(form, binding);
        return !binding.hasErrors();
    }

    /** The form (model attribute "form") for a partner's new offer ({@code id} null) or for an offer of it. */
    String render(Model model, StielUser user, PartnerId partner, OfferId id) {
        var form = (OfferForm) model.getAttribute("form");
        // one empty row of each, so that a row can be filled in without JavaScript
        if (form.getSchedules().isEmpty() || !last(form.getSchedules()).isBlank()) {
            form.getSchedules().add(new ScheduleForm());
        }
        if (form.getClosures().isEmpty() || !last(form.getClosures()).isBlank()) {
            form.getClosures().add(new ClosureForm());
        }
        if (form.getCostOptions().isEmpty() || !last(form.getCostOptions()).isBlank()) {
            form.getCostOptions().add(new CostOptionForm());
        }
        model.addAttribute("offerId", id);
        model.addAttribute("partnerId", partner);
        model.addAttribute(
                "partnerName", partners.nameOf(user.networkId(), partner).orElse(""));
        if (id != null) {
            model.addAttribute("offerName", offers.get(user.networkId(), id).name());
        }
        model.addAttribute("places", offers.locationsOf(user.networkId(), partner));
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("costs", OfferCost.values());
        model.addAttribute("reaches", OfferReach.values());
        model.addAttribute("pillars", Pillar.values());
        model.addAttribute("lifeDomains", LifeDomain.values());
        model.addAttribute("statuses", OfferStatus.values());
        model.addAttribute("frequencies", Frequency.values());
        return "offer/form";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
