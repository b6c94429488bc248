package org.stiel.insight.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureForm;
import org.stiel.insight.FigureId;
import org.stiel.insight.Indicators;
import org.stiel.insight.PeriodKind;
import org.stiel.platform.web.FormFlow;

/** The coordinator enters a figure by hand, changes or deletes one; entering one for a period again replaces it. */
@Controller
@RequestMapping("/insight/figures")
class FigureEntryController {

    private final ContextFigures figures;
    private final Indicators indicators;

    private final SmartValidator validator;

    FigureEntryController(ContextFigures figures, Indicators indicators, SmartValidator validator) {
        this.figures = figures;
        this.indicators = indicators;
        this.validator = validator;
    }

    @GetMapping("/new")
    String newFigure(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer year,
            Model model) {
        requireCoordinator(user);
        model.addAttribute("form", FigureFields.of(FigureForm.blank(indicator, municipality, year)));
        return page(user, null, model);
    }

    @PostMapping
    String enter(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("form") FigureFields fields,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        var form = fields.toForm(binding, validator);
        return FormFlow.submit(
                binding,
                () -> page(user, null, model),
                () -> figures.enter(user, form),
                id -> FormFlow.redirect(redirect, "insight.figure.saved", tableOf(form.indicator())));
    }

    @GetMapping("/{id:[0-9a-fA-F-]{36}}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        requireCoordinator(user);
        model.addAttribute("form", FigureFields.of(figures.form(user, new FigureId(id))));
        return page(user, id, model);
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") FigureFields fields,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        figures.get(user, new FigureId(id));
        var form = fields.toForm(binding, validator);
        return FormFlow.submit(
                binding,
                () -> page(user, id, model),
                () -> figures.update(user, new FigureId(id), form),
                changed -> FormFlow.redirect(redirect, "insight.figure.saved", "/insight/figures/" + changed.value()));
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/delete")
    String delete(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requireCoordinator(user);
        var figure = figures.get(user, new FigureId(id));
        figures.delete(user, new FigureId(id));
        return FormFlow.redirect(redirect, "insight.figure.deleted", tableOf(figure.indicator()));
    }

    private String page(StielUser user, UUID id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("indicators", indicators.visible(user));
        model.addAttribute("municipalities", figures.municipalities(user).entrySet());
        model.addAttribute("periodKinds", PeriodKind.values());
        return "insight/figure-form";
    }

    /** Volunteers and strangers find nothing here (404); members who only read get a 403. */
    private void requireCoordinator(StielUser user) {
        indicators.visible(user);
        Require.coordinator(user);
    }

    private static String tableOf(String indicator) {
        return UriComponentsBuilder.fromPath("/insight/figures")
                .queryParam("indicator", indicator)
                .build()
                .encode()
                .toUriString();
    }
}
