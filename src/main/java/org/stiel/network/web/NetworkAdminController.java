package org.stiel.network.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.stiel.network.Place;
import org.stiel.network.Places;
import org.stiel.platform.web.FormFlow;

/**
 * The installation admin's pages for networks (only admins reach {@code /admin/**}). The admin picks the network's
 * municipalities from the reference list ({@link Places}) with a search field. Every step works without JavaScript:
 * searching, adding and removing are posts of the whole form that show it again with what was typed; with htmx the
 * matches appear while typing, from {@link #matches}.
 */
@Controller
@RequestMapping("/admin/networks")
class NetworkAdminController {

    /** Enough to find a municipality by a few letters or a postcode's first digits, short enough to read. */
    static final int MATCHES = 20;

    private final Networks networks;
    private final Places places;
    private final SpringValidatorAdapter validator;

    NetworkAdminController(Networks networks, Places places, Validator validator) {
        this.networks = networks;
        this.places = places;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** What the admin asked of the form: a button's name and value, and the search field. */
    record Step(String place, Optional<String> add, Optional<Integer> remove, boolean find, boolean save) {

        /** Enter in a field sends no button: a search when the search field holds text, a save otherwise. */
        boolean search() {
            return find || (!save && add.isEmpty() && remove.isEmpty() && !place.isBlank());
        }

        boolean edits() {
            return add.isPresent() || remove.isPresent() || search();
        }
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

    /** The matches of the search field, for htmx while the admin types. */
    @GetMapping("/places")
    String matches(@RequestParam(defaultValue = "") String place, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("matches", place.isBlank() ? null : places.search(place, MATCHES));
        return "network/network-form :: matches";
    }

    @PostMapping
    String create(
            @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result,
            @RequestParam(defaultValue = "") String place,
            @RequestParam Optional<String> add,
            @RequestParam Optional<Integer> remove,
            @RequestParam Optional<String> find,
            @RequestParam Optional<String> save,
            Model model,
            RedirectAttributes redirect) {
        var step = new Step(place, add, remove, find.isPresent(), save.isPresent());
        if (step.edits()) {
            return edit(form, step, null, model);
        }
        validate(form, result, Optional.empty());
        return FormFlow.submit(
                result,
                () -> form(form, null, model),
                () -> networks.create(form),
                id -> FormFlow.redirect(redirect, "network.admin.created", "/admin/networks"));
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
            @RequestParam(defaultValue = "") String place,
            @RequestParam Optional<String> add,
            @RequestParam Optional<Integer> remove,
            @RequestParam Optional<String> find,
            @RequestParam Optional<String> save,
            Model model,
            RedirectAttributes redirect) {
        var networkId = new NetworkId(id);
        networks.get(networkId);
        var step = new Step(place, add, remove, find.isPresent(), save.isPresent());
        if (step.edits()) {
            return edit(form, step, id, model);
        }
        validate(form, result, Optional.of(networkId));
        return FormFlow.run(
                result,
                () -> form(form, id, model),
                () -> networks.update(networkId, form),
                () -> FormFlow.redirect(redirect, "network.admin.updated", "/admin/networks"));
    }

    /** A search, an added or a removed municipality: the form again, nothing saved. */
    private String edit(NetworkForm form, Step step, UUID id, Model model) {
        var rows = form.getMunicipalities();
        step.remove().filter(i -> i >= 0 && i < rows.size()).ifPresent(i -> rows.remove((int) i));
        step.add().map(String::strip).ifPresent(code -> {
            var found = places.find(code);
            if (found.isEmpty()) {
                placeError(model, "network.municipality.unknown", code);
            } else if (rows.stream().anyMatch(r -> code.equals(strip(r.getNisCode())))) {
                placeError(model, "network.place.already", found.get().name());
            } else {
                rows.add(MunicipalityForm.listed(code));
            }
        });
        // the matches stay after adding one, so that the admin can add several from one search
        if (step.search() || (step.add().isPresent() && !step.place().isBlank())) {
            if (step.place().isBlank()) {
                placeError(model, "network.place.blank", "");
            } else {
                model.addAttribute("matches", places.search(step.place(), MATCHES));
            }
        }
        model.addAttribute("place", step.place());
        model.addAttribute("focusSearch", step.add().isPresent() || step.search());
        return form(form, id, model);
    }

    /** Checks the form's own fields; the municipalities are the facade's rules ({@link Networks#create}). */
    private void validate(NetworkForm form, BindingResult result, Optional<NetworkId> except) {
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
    }

    private String form(NetworkForm form, UUID id, Model model) {
        // each chosen municipality as the list has it, for its name, province and postcodes (null: not listed)
        List<Place> chosen = new ArrayList<>();
        for (var row : form.getMunicipalities()) {
            var code = strip(row.getNisCode());
            chosen.add(code == null || code.isEmpty() ? null : places.find(code).orElse(null));
        }
        model.addAttribute("networkForm", form);
        model.addAttribute("networkId", id);
        model.addAttribute("chosen", chosen);
        return "network/network-form";
    }

    private static void placeError(Model model, String key, String argument) {
        model.addAttribute("placeErrorKey", key);
        model.addAttribute("placeErrorArg", argument);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
