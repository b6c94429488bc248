package org.stiel.meetings.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.governance.DecisionForm;
import org.stiel.meetings.Attendance;
import org.stiel.meetings.Hosts;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.MeetingId;
import org.stiel.meetings.MeetingKind;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.MeetingView;
import org.stiel.meetings.Meetings;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/** The network's meetings: the list, one meeting's page, and planning a single meeting. */
@Controller
@RequestMapping("/meetings")
class MeetingsPageController {

    private final Meetings meetings;
    private final MeetingSeries series;
    private final Hosts hosts;
    private final MeetingsBodies bodies;
    private final Clock clock;

    MeetingsPageController(Meetings meetings, MeetingSeries series, Hosts hosts, MeetingsBodies bodies, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.hosts = hosts;
        this.bodies = bodies;
        this.clock = clock;
    }

    /**
     * The upcoming meetings (the first coming first), the past ones (the newest first) and the series, 25 of each a
     * page. A "more" link names its list ({@code list=upcoming|past|series}) and its cursor: htmx gets that list's next
     * rows alone, a browser without JavaScript the page with that list continued.
     */
    @GetMapping
    String list(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String list,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var network = user.networkId();
        String which = list == null ? "" : list;
        var upcoming =
                meetings.listPage(network, true, which.equals("upcoming") ? Paging.of(after, size) : Paging.first());
        var past = meetings.listPage(network, false, which.equals("past") ? Paging.of(after, size) : Paging.first());
        var lines = series.lines(network, which.equals("series") ? Paging.of(after, size) : Paging.first());
        model.addAttribute("upcoming", upcoming.items());
        model.addAttribute("past", past.items());
        model.addAttribute("series", lines.items());
        model.addAttribute("nextUpcoming", next(request, "upcoming", upcoming));
        model.addAttribute("nextPast", next(request, "past", past));
        model.addAttribute("nextSeries", next(request, "series", lines));
        if (htmx.isHtmxRequest() && after != null) {
            if (which.equals("series")) {
                return "meetings/list :: seriesItems";
            }
            model.addAttribute("section", which.equals("past") ? "past" : "upcoming");
            return "meetings/list :: rows";
        }
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute(
                "ownPartner", user.current().flatMap(m -> m.partnerId()).orElse(null));
        return "meetings/list";
    }

    /** The next page of one of the lists: this URL with only that list's cursor. */
    private static String next(HttpServletRequest request, String list, ListPage<?> page) {
        if (!page.hasNext()) {
            return null;
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .queryParam("list", list)
                .queryParamIfPresent("size", Optional.ofNullable(request.getParameter("size")))
                .queryParam(PageLinks.AFTER, page.nextToken())
                .build()
                .encode()
                .toUriString();
    }

    @GetMapping("/new")
    String newMeeting(@AuthenticationPrincipal StielUser user, Model model) {
        Require.coordinator(user);
        var form = new MeetingForm();
        form.setDate(StielTime.today(clock).plusWeeks(2));
        model.addAttribute("form", form);
        return formPage(user, model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Validated({Default.class, MeetingForm.New.class}) @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> formPage(user, model, null),
                () -> meetings.create(user, form),
                id -> FormFlow.redirect(redirect, "meetings.created", "/meetings/" + id.value()));
    }

    @GetMapping("/{id}")
    String meeting(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var meeting = meetings.get(user.networkId(), new MeetingId(id));
        return meetingPage(user, meeting, model);
    }

    private String meetingPage(StielUser user, MeetingView meeting, Model model) {
        boolean canRun = meetings.canRun(user, meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute("canRun", canRun);
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("agendaText", String.join("\n", meeting.agenda()));
        model.addAttribute(
                "bodyName",
                meeting.bodyId().map(b -> bodies.name(user.networkId(), b)).orElse(""));
        bodies.decorate(user, meeting, model, canRun);
        return "meetings/meeting";
    }

    /** A decision taken in this meeting, logged in governance's decision log with a link back here. */
    @PostMapping("/{id}/decisions")
    String decide(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("decision") DecisionForm decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meetings.get(user.networkId(), new MeetingId(id));
        if (!meetings.canRun(user, meeting)) {
            throw new ForbiddenException("Only the coordinator or the body's chair");
        }
        return FormFlow.run(
                binding,
                () -> meetingPage(user, meeting, model),
                () -> bodies.record(user, meeting, decision),
                () -> FormFlow.redirect(redirect, "meetings.decision.recorded", "/meetings/" + id));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var meeting = meetings.get(user.networkId(), new MeetingId(id));
        Require.coordinator(user);
        model.addAttribute("form", meetings.form(user.networkId(), meeting.id()));
        model.addAttribute("version", meeting.version());
        return formPage(user, model, meeting.id());
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var meetingId = new MeetingId(id);
        var meeting = meetings.get(user.networkId(), meetingId);
        Require.coordinator(user);
        // kind and body stay what they were
        form.setKind(meeting.kind());
        form.setBodyId(meeting.bodyId().orElse(null));
        model.addAttribute("version", version);
        return FormFlow.run(
                binding,
                () -> formPage(user, model, meetingId),
                () -> meetings.update(user, meetingId, form, version),
                () -> FormFlow.redirect(redirect, "saved", "/meetings/" + id));
    }

    @PostMapping("/{id}/agenda")
    String agenda(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String agenda,
            RedirectAttributes redirect) {
        meetings.setAgenda(user, new MeetingId(id), List.of(agenda.split("\\R")));
        redirect.addFlashAttribute("flash", "meetings.agenda.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/minutes")
    String minutes(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String minutes,
            RedirectAttributes redirect) {
        meetings.setMinutes(user, new MeetingId(id), minutes);
        redirect.addFlashAttribute("flash", "meetings.minutes.saved");
        return "redirect:/meetings/" + id;
    }

    /** One select per attendee, named {@code attendance-<user id>}. */
    @PostMapping("/{id}/attendance")
    String attendance(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<UserId, Attendance> recorded = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("attendance-") && !value.isBlank()) {
                try {
                    recorded.put(new UserId(UUID.fromString(name.substring(11))), Attendance.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
                }
            }
        });
        meetings.recordAttendance(user, new MeetingId(id), recorded);
        redirect.addFlashAttribute("flash", "meetings.attendance.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/invitations")
    String invitations(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        meetings.sendInvitations(user, new MeetingId(id));
        redirect.addFlashAttribute("flash", "meetings.invitations.sent");
        return "redirect:/meetings/" + id;
    }

    private String formPage(StielUser user, Model model, MeetingId id) {
        model.addAttribute("meetingId", id);
        model.addAttribute("venues", hosts.allVenues(user.networkId()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("bodies", bodies.options(user.networkId()));
        return "meetings/meeting-form";
    }
}
