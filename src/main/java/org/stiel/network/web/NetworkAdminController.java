package org.stiel.network.web;

import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkForm.MunicipalityForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;

/**
 * The installation admin's pages for networks (only admins reach {@code /admin/**}). Municipality rows work without
 * JavaScript: the form always offers empty rows, a button adds one more, and rows left empty are ignored.
 */
@Controller
@RequestMapping("/admin/networks")
class NetworkAdminController {

    static final int EMPTY_ROWS = 2;

    private final Networks networks;
    private final SpringValidatorAdapter validator;

    NetworkAdminController(Networks networks, Validator validator) {
        this.networks = networks;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("networks", networks.all());
        return "network/networks";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(new NetworkForm(), null, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result,
            @RequestParam Optional<String> addRow,
            Model model,
            RedirectAttributes redirect) {
        if (addRow.isPresent()) {
            return withOneMoreRow(form, null, model);
        }
        if (!validate(form, result, Optional.empty())) {
            return form(form, null, model);
        }
        networks.create(form);
        redirect.addFlashAttribute("flash", "network.admin.created");
        return "redirect:/admin/networks";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(networks.form(new NetworkId(id)), id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result,
            @RequestParam Optional<String> addRow,
            Model model,
            RedirectAttributes redirect) {
        var networkId = new NetworkId(id);
        networks.get(networkId);
        if (addRow.isPresent()) {
            return withOneMoreRow(form, id, model);
        }
        if (!validate(form, result, Optional.of(networkId))) {
            return form(form, id, model);
        }
        networks.update(networkId, form);
        redirect.addFlashAttribute("flash", "network.admin.updated");
        return "redirect:/admin/networks";
    }

    /** Drops fully empty rows, then checks the form; true when it may be saved. */
    private boolean validate(NetworkForm form, BindingResult result, Optional<NetworkId> except) {
        form.getMunicipalities().removeIf(NetworkAdminController::isEmpty);
        validator.validate(form, result);
        if (!result.hasFieldErrors("slug")
                && form.getSlug() != null
                && networks.slugTaken(form.getSlug().strip(), except)) {
            result.rejectValue("slug", "network.slug.taken");
        }
        if (!result.hasFieldErrors("slug")
                && form.getSlug() != null
                && networks.slugReserved(form.getSlug().strip())) {
            result.rejectValue("slug", "network.slug.reserved");
        }
        // the database allows a name once per network; say so next to the row instead of failing on save
        Set<String> names = new HashSet<>();
        for (int i = 0; i < form.getMunicipalities().size(); i++) {
            String name = form.getMunicipalities().get(i).getName();
            if (name != null
                    && !name.isBlank()
                    && !names.add(name.strip().toLowerCase(Locale.ROOT))
                    && !result.hasFieldErrors("municipalities[" + i + "].name")) {
                result.rejectValue("municipalities[" + i + "].name", "network.municipality.duplicate");
            }
        }
        return !result.hasErrors();
    }

    private String withOneMoreRow(NetworkForm form, UUID id, Model model) {
        form.getMunicipalities().add(new MunicipalityForm());
        model.addAttribute("networkForm", form);
        model.addAttribute("networkId", id);
        return "network/network-form";
    }

    private String form(NetworkForm form, UUID id, Model model) {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.getMunicipalities().add(new MunicipalityForm());
        }
        model.addAttribute("networkForm", form);
        model.addAttribute("networkId", id);
        return "network/network-form";
    }

    private static boolean isEmpty(MunicipalityForm row) {
        return (row.getName() == null || row.getName().isBlank())
                && (row.getPostcodes() == null || row.getPostcodes().isBlank());
    }
}
