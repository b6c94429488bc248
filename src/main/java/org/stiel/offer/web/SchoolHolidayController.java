package org.stiel.offer.web;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.offer.SchoolHoliday;
import org.stiel.offer.SchoolHolidayCalendar;

/** The coordinator keeps the network's school holidays, which offers closed in school holidays skip. */
@Controller
@RequestMapping("/offers/school-holidays")
class SchoolHolidayController {

    private final SchoolHolidayCalendar schoolHolidays;
    private final SpringValidatorAdapter validator;

    SchoolHolidayController(SchoolHolidayCalendar schoolHolidays, Validator validator) {
        this.schoolHolidays = schoolHolidays;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The page's form: all holidays at once, as rows (mutable: the page adds rows, blank ones are dropped). */
    public static class HolidaysForm {

        @Size(max = 60, message = "{stiel.size.items}")
        private List<@NotNull(message = "{stiel.required}") @Valid SchoolHoliday> holidays = new ArrayList<>();

        public List<SchoolHoliday> getHolidays() {
            return holidays;
        }

        public void setHolidays(List<SchoolHoliday> holidays) {
            this.holidays = holidays == null ? new ArrayList<>() : new ArrayList<>(holidays);
        }
    }

    @GetMapping
    String page(@AuthenticationPrincipal StielUser user, Model model) {
        requireCoordinator(user);
        var form = new HolidaysForm();
        form.setHolidays(schoolHolidays.of(user.networkId()));
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("form") HolidaysForm form,
            BindingResult binding,
            @RequestParam(required = false) String addHoliday,
            Model model,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        if (addHoliday != null) {
            form.getHolidays().add(new SchoolHoliday());
            return page(model);
        }
        if (binding.hasErrors()) {
            return page(model);
        }
        form.getHolidays().removeIf(h -> h == null || h.isBlank());
        validator.validate(form, binding);
        for (int i = 0; i < form.getHolidays().size(); i++) {
            var h = form.getHolidays().get(i);
            if (h.getFromDate() != null
                    && h.getToDate() != null
                    && h.getToDate().isBefore(h.getFromDate())) {
                binding.rejectValue("holidays[" + i + "].toDate", "offer.dates.order");
            }
        }
        if (binding.hasErrors()) {
            return page(model);
        }
        schoolHolidays.replace(user, form.getHolidays());
        redirect.addFlashAttribute("flash", "offer.holidays.saved");
        return "redirect:/offers/school-holidays";
    }

    private static String page(Model model) {
        var form = (HolidaysForm) model.getAttribute("form");
        if (form.getHolidays().isEmpty() || !form.getHolidays().getLast().isBlank()) {
            form.getHolidays().add(new SchoolHoliday());
        }
        return "offer/school-holidays";
    }

    private static void requireCoordinator(StielUser user) {
        user.networkId();
        Require.coordinator(user);
    }
}
