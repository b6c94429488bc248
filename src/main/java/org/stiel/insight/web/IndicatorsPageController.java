package org.stiel.insight.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.insight.Indicator;
import org.stiel.insight.IndicatorForm;
import org.stiel.insight.Indicators;
import org.stiel.platform.web.FormFlow;

/** The catalogue of indicators: what each one means; the coordinator adds own ones and shares them with partners. */
@Controller
@RequestMapping("/insight/figures/indicators")
class IndicatorsPageController {

    private static final String LIST = "/insight/figures/indicators";

    private final Indicators indicators;

    IndicatorsPageController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StielUser user, Model model) {
        model.addAttribute("indicators", indicators.visible(user));
        model.addAttribute("canEdit", Roles.coordinator(user));
        return "insight/indicators";
    }

    @GetMapping("/new")
    String newIndicator(@AuthenticationPrincipal StielUser user, Model model) {
        requireCoordinator(user);
        model.addAttribute("form", new IndicatorForm(null, null, Indicator.Unit.COUNT));
        return page(null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        return FormFlow.submit(
                binding,
                () -> page(null, model),
                () -> indicators.create(user, form),
                code -> FormFlow.redirect(redirect, "insight.indicator.saved", LIST));
    }

    @GetMapping("/{code}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable String code, Model model) {
        requireCoordinator(user);
        model.addAttribute("form", indicators.form(user, code));
        return page(code, model);
    }

    @PostMapping("/{code}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable String code,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        indicators.form(user, code);
        return FormFlow.run(
                binding,
                () -> page(code, model),
                () -> indicators.update(user, code, form),
                () -> FormFlow.redirect(redirect, "insight.indicator.saved", LIST));
    }

    @PostMapping("/{code}/share")
    String share(
            @AuthenticationPrincipal StielUser user,
            @PathVariable String code,
            @RequestParam boolean shared,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        indicators.share(user, code, shared);
        return FormFlow.redirect(redirect, shared ? "insight.indicator.shared" : "insight.indicator.unshared", LIST);
    }

    private String page(String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("units", Indicator.Unit.values());
        return "insight/indicator-form";
    }

    private void requireCoordinator(StielUser user) {
        indicators.visible(user);
        Require.coordinator(user);
    }
}
