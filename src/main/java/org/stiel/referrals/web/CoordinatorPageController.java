package org.stiel.referrals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.platform.StielTime;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.Outcome;
import org.stiel.referrals.ReferralNumbers;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.Referrals;

/** The coordinator's referral pages: the numbers of the network, and the consent text partners show families. */
@Controller
@RequestMapping("/referrals")
class CoordinatorPageController {

    /** A new version of the consent text. */
    record ConsentTextForm(
            @NotBlank(message = "{stiel.required}") @Size(max = 5000, message = "{stiel.size.max}")
            String body) {}

    private final Referrals referrals;
    private final ReferralNumbers numbers;

    CoordinatorPageController(Referrals referrals, ReferralNumbers numbers) {
        this.referrals = referrals;
        this.numbers = numbers;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return StielTime.ZONE;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal StielUser user, Model model) {
        model.addAttribute("stats", numbers.statistics(user));
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("lifeDomains", LifeDomain.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        return "referrals/dashboard";
    }

    @GetMapping("/consent-texts")
    String consentTexts(@AuthenticationPrincipal StielUser user, Model model) {
        model.addAttribute("texts", referrals.consentTexts(user));
        model.addAttribute("canEdit", Roles.coordinator(user));
        if (!model.containsAttribute("consentForm")) {
            var current = referrals.currentConsentText(user.networkId());
            model.addAttribute(
                    "consentForm",
                    new ConsentTextForm(current.map(text -> text.body()).orElse(null)));
        }
        return "referrals/consent-texts";
    }

    @PostMapping("/consent-texts")
    String publish(
            @AuthenticationPrincipal StielUser user,
            @Validated @ModelAttribute("consentForm") ConsentTextForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        user.networkId();
        Require.coordinator(user);
        if (binding.hasErrors()) {
            return consentTexts(user, model);
        }
        referrals.publishConsentText(user, form.body());
        redirect.addFlashAttribute("flash", "referrals.flash.consentText");
        return "redirect:/referrals/consent-texts";
    }
}
