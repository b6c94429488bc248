package org.stiel.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.accounts.StielUser;
import org.stiel.meetings.HostingHistory;
import org.stiel.meetings.Hosts;
import org.stiel.meetings.MeetingId;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.MeetingView;
import org.stiel.meetings.Meetings;
import org.stiel.meetings.SeriesForm;
import org.stiel.meetings.SeriesId;
import org.stiel.meetings.SeriesView;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** The current network's meetings, series proposals and hosting history as JSON. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings of the current network, rotating series and the hosting history")
class MeetingsApiController {

    private final Meetings meetings;
    private final MeetingSeries series;
    private final Hosts hosts;
    private final MessageSource messages;

    MeetingsApiController(Meetings meetings, MeetingSeries series, Hosts hosts, MessageSource messages) {
        this.meetings = meetings;
        this.series = series;
        this.hosts = hosts;
        this.messages = messages;
    }

    record MeetingJson(
            UUID id,
            UUID series,
            String kind,
            UUID body,
            String title,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            UUID host,
            String hostName,
            String venueName,
            String venueAddress,
            String municipality,
            List<String> agenda,
            List<AttendeeJson> attendees,
            String minutes) {

        static MeetingJson of(MeetingView m) {
            return new MeetingJson(
                    m.id().value(),
                    m.series().map(SeriesId::value).orElse(null),
                    m.kind().name(),
                    m.bodyId().orElse(null),
                    m.title(),
                    m.date(),
                    m.startTime(),
                    m.endTime(),
                    m.host().map(p -> p.value()).orElse(null),
                    m.hostName(),
                    m.venueName(),
                    m.venueAddress(),
                    m.municipality(),
                    m.agenda(),
                    m.attendees().stream()
                            .map(a -> new AttendeeJson(
                                    a.id().value(),
                                    a.name(),
                                    a.attendance().map(Enum::name).orElse(null)))
                            .toList(),
                    m.minutes());
        }
    }

    record AttendeeJson(UUID id, String name, String attendance) {}

    record SeriesJson(
            UUID id,
            String name,
            String kind,
            UUID body,
            LocalTime startTime,
            LocalTime endTime,
            int expectedAttendees,
            boolean confirmed,
            List<UUID> willing,
            List<SlotJson> slots) {}

    /** A date of the proposal; {@code explanation} is the reasons in the request's language. */
    record SlotJson(
            int position,
            LocalDate date,
            UUID host,
            String hostName,
            String venueKey,
            String venueName,
            String municipality,
            List<String> explanation) {}

    record Swap(int first, int second) {}

    /** Which meetings the list shows. */
    enum When {
        ALL,
        UPCOMING,
        PAST
    }

    @GetMapping
    @Operation(
            summary =
                    "The meetings of the current network: all by date, upcoming ones by date, or past ones newest first",
            description =
                    "Paged: `size` (25 by default) and `after`; the next page is in the `Link: rel=\"next\"` header.")
    ResponseEntity<List<MeetingJson>> list(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(defaultValue = "ALL") When when,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var paging = Paging.of(after, size);
        var page = switch (when) {
            case ALL -> meetings.page(user.networkId(), paging);
            case UPCOMING -> meetings.upcoming(user.networkId(), paging);
            case PAST -> meetings.past(user.networkId(), paging);
        };
        return PageLinks.ok(request, page.map(MeetingJson::of));
    }

    @GetMapping("/hostings")
    @Operation(summary = "Every meeting with a host, the newest first, paged")
    ResponseEntity<List<HostingHistory.Hosting>> hostings(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return PageLinks.ok(request, hosts.hostings(user.networkId(), Paging.of(after, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: agenda, attendees and attendance, minutes")
    @ApiResponse(responseCode = "404", description = "Unknown, or a meeting of another network")
    MeetingJson get(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return MeetingJson.of(meetings.get(user.networkId(), new MeetingId(id)));
    }

    @GetMapping("/hosting-history")
    @Operation(summary = "How often and when each partner and municipality hosted (\"lasten en lusten\")")
    HostingHistory history(@AuthenticationPrincipal StielUser user) {
        return hosts.history(user.networkId());
    }

    @GetMapping("/series")
    @Operation(summary = "The series of the current network, proposals and confirmed ones")
    List<SeriesJson> allSeries(@AuthenticationPrincipal StielUser user, Locale locale) {
        return series.list(user.networkId()).stream().map(s -> json(s, locale)).toList();
    }

    @GetMapping("/series/{id}")
    @Operation(summary = "A series with its proposal: a host and venue per date and why")
    @ApiResponse(responseCode = "404", description = "Unknown, or a series of another network")
    SeriesJson oneSeries(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Locale locale) {
        return json(series.get(user.networkId(), new SeriesId(id)), locale);
    }

    @PostMapping("/series")
    @Operation(summary = "Ask for a rotating series (coordinators): Stiel proposes hosts and venues")
    @ApiResponse(responseCode = "201", description = "The proposal; the Location header names the series")
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "422", description = "A willing partner or body not of the network")
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the current network")
    ResponseEntity<SeriesJson> propose(
            @AuthenticationPrincipal StielUser user,
            @Valid @RequestBody SeriesForm form,
            UriComponentsBuilder uri,
            Locale locale) {
        var id = series.propose(user, form);
        return ResponseEntity.created(uri.path("/api/v1/meetings/series/{id}")
                        .buildAndExpand(id.value())
                        .toUri())
                .body(json(series.get(user.networkId(), id), locale));
    }

    @PostMapping("/series/{id}/swap")
    @Operation(summary = "Swap the hosts of two dates of a proposal (positions from 0)")
    @ApiResponse(responseCode = "422", description = "A host cannot host on the other date; the detail says why")
    SeriesJson swap(
            @AuthenticationPrincipal StielUser user, @PathVariable UUID id, @RequestBody Swap swap, Locale locale) {
        var seriesId = new SeriesId(id);
        series.swap(user, seriesId, swap.first(), swap.second());
        return json(series.get(user.networkId(), seriesId), locale);
    }

    @PostMapping("/series/{id}/confirm")
    @Operation(summary = "Confirm a proposal: the meetings are created")
    @ApiResponse(responseCode = "422", description = "A date no longer meets the hard rules")
    List<MeetingJson> confirm(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        return series.confirm(user, new SeriesId(id)).stream()
                .map(m -> MeetingJson.of(meetings.get(user.networkId(), m)))
                .toList();
    }

    private SeriesJson json(SeriesView s, Locale locale) {
        return new SeriesJson(
                s.id().value(),
                s.name(),
                s.kind().name(),
                s.bodyId().orElse(null),
                s.startTime(),
                s.endTime(),
                s.expectedAttendees(),
                s.confirmed(),
                s.willing().stream().map(p -> p.value()).toList(),
                s.slots().stream()
                        .map(slot -> new SlotJson(
                                slot.position(),
                                slot.date(),
                                slot.host().map(p -> p.value()).orElse(null),
                                slot.hostName(),
                                slot.venueKey(),
                                slot.venueName(),
                                slot.municipality(),
                                slot.explanation().stream()
                                        .map(l -> messages.getMessage(l.key(), l.arguments(), locale))
                                        .toList()))
                        .toList());
    }
}
