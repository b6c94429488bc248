package org.stiel.meetings.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.meetings.MeetingKind;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.Meetings;
import org.stiel.meetings.Recurrence;
import org.stiel.meetings.RotationConflict;
import org.stiel.meetings.SeriesForm;
import org.stiel.meetings.SeriesId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;

/** A series that rotates: ask for it, read Stiel's proposal and its reasons, swap or change hosts, confirm. */
@Controller
@RequestMapping("/meetings/series")
class SeriesPageController {

    /** A refused change, shown above the proposal. */
    record Conflict(String key, Object[] args) {}

    private final MeetingSeries series;
    private final Meetings meetings;
    private final Partners partners;
    private final MeetingsBodies bodies;
    private final Clock clock;

    SeriesPageController(
            MeetingSeries series, Meetings meetings, Partners partners, MeetingsBodies bodies, Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.partners = partners;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newSeries(@AuthenticationPrincipal StielUser user, Model model) {
        Require.coordinator(user);
        // the second Tuesday of next month: a common choice for a network meeting
        var form = SeriesForm.monthly(
                StielTime.today(clock).plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)));
        model.addAttribute("form", form);
        return formPage(user, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("form") SeriesForm form,
            BindingResult binding,
            Model model) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> formPage(user, model),
                () -> series.propose(user, form),
                id -> "redirect:/meetings/series/" + id.value());
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var s = series.get(user.networkId(), new SeriesId(id));
        model.addAttribute("series", s);
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute(
                "meetings", s.confirmed() ? meetings.ofSeries(user.networkId(), s.id()) : java.util.List.of());
        model.addAttribute(
                "options", s.confirmed() ? java.util.List.of() : series.hostOptions(user.networkId(), s.id()));
        model.addAttribute(
                "bodyName",
                s.bodyId().map(b -> bodies.name(user.networkId(), b)).orElse(""));
        model.addAttribute(
                "willingNames",
                s.willing().stream()
                        .map(p -> partners.nameOf(user.networkId(), p).orElse(""))
                        .sorted()
                        .toList());
        return "meetings/series";
    }

    @PostMapping("/{id}/swap")
    String swap(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam int first,
            @RequestParam int second,
            RedirectAttributes redirect) {
        return change(redirect, id, () -> series.swap(user, new SeriesId(id), first, second), "meetings.swapped");
    }

    /** {@code venue} is {@code <partner id>|<venue key>}. */
    @PostMapping("/{id}/slots/{position}")
    String assign(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam String venue,
            RedirectAttributes redirect) {
        int bar = venue.indexOf('|');
        if (bar != 36) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var partner = new PartnerId(UUID.fromString(venue.substring(0, bar)));
        return change(
                redirect,
                id,
                () -> series.assign(user, new SeriesId(id), position, partner, venue.substring(bar + 1)),
                "meetings.assigned");
    }

    @PostMapping("/{id}/repropose")
    String repropose(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, id, () -> series.repropose(user, new SeriesId(id)), "meetings.reproposed");
    }

    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, id, () -> series.confirm(user, new SeriesId(id)), "meetings.confirmed");
    }

    private String change(RedirectAttributes redirect, UUID id, Runnable change, String flash) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (RotationConflict e) {
            redirect.addFlashAttribute("conflict", new Conflict(e.messageKey(), e.arguments()));
        }
        return "redirect:/meetings/series/" + id;
    }

    private String formPage(StielUser user, Model model) {
        model.addAttribute("partners", partners.search(user.networkId(), PartnerSearch.all()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("bodies", bodies.options(user.networkId()));
        return "meetings/series-form";
    }
}
