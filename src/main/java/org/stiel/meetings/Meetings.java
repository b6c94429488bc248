package org.stiel.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * The network's meetings. The coordinator plans them (one by one, or through {@link MeetingSeries}); the coordinator
 * and, for a working-group meeting, the body's chair keep the agenda, minutes and attendance and send the
 * invitations; every member reads them.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository meetings;
    private final MeetingQueries queries;
    private final Hosts hosts;
    private final MeetingBodies bodies;
    private final MeetingInvitations invitations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Meetings(
            MeetingRepository meetings,
            MeetingQueries queries,
            Hosts hosts,
            MeetingBodies bodies,
            MeetingInvitations invitations,
            Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.queries = queries;
        this.hosts = hosts;
        this.bodies = bodies;
        this.invitations = invitations;
        this.clock = clock;
        this.events = events;
    }

    /** Keeps the agenda, minutes and attendance and sends invitations: the coordinator, or the body's chair. */
    public boolean canRun(StielUser user, MeetingView meeting) {
        return Roles.coordinator(user)
                || meeting.bodyId().filter(body -> bodies.isChair(user, body)).isPresent();
    }

    /**
     * Every meeting of the network, by date: for the installation's own use (demo data); pages read {@link #upcoming},
     * {@link #past} or {@link #page}.
     */
    public List<MeetingView> list(NetworkId network) {
        return queries.all(network);
    }

    /** One page of every meeting of the network, by date and time. */
    public ListPage<MeetingView> page(NetworkId network, Paging paging) {
        return queries.page(network, MeetingQueries.When.ALL, today(), paging, true);
    }

    /** One page of the meetings from today on (in the clock's zone), the first coming first. */
    public ListPage<MeetingView> upcoming(NetworkId network, Paging paging) {
        return queries.page(network, MeetingQueries.When.UPCOMING, today(), paging, true);
    }

    /** One page of the meetings before today, the newest first. */
    public ListPage<MeetingView> past(NetworkId network, Paging paging) {
        return queries.page(network, MeetingQueries.When.PAST, today(), paging, true);
    }

    /**
     * A page of the meetings list: upcoming (from today, the first coming first) or past (the newest first), without
     * agenda and attendees, which the list does not show.
     */
    public ListPage<MeetingView> listPage(NetworkId network, boolean upcoming, Paging paging) {
        return queries.page(
                network, upcoming ? MeetingQueries.When.UPCOMING : MeetingQueries.When.PAST, today(), paging, false);
    }

    private LocalDate today() {
        return StielTime.today(clock);
    }

    /** The meetings of a series, by date: as many as it has dates. */
    public List<MeetingView> ofSeries(NetworkId network, SeriesId series) {
        return queries.ofSeries(network, series.value());
    }

    public MeetingView get(NetworkId network, MeetingId id) {
        return queries.find(network, id.value()).orElseThrow(() -> new NotFoundException("Meeting"));
    }

    /** The form to change a meeting, filled with its current state. */
    public MeetingForm form(NetworkId network, MeetingId id) {
        var m = get(network, id);
        var form = new MeetingForm();
        form.setTitle(m.title());
        form.setKind(m.kind());
        form.setBodyId(m.bodyId().orElse(null));
        form.setDate(m.date());
        form.setStartTime(m.startTime());
        form.setEndTime(m.endTime());
        var meeting = load(network, id);
        form.setVenue(
                meeting.hostPartnerId() == null ? "" : MeetingForm.venue(meeting.hostPartnerId(), meeting.venueKey()));
        form.setAgenda(String.join("\n", m.agenda()));
        return form;
    }

    /**
     * A coordinator plans a single meeting.
     *
     * @throws RuleViolation when the venue is not one of a partner's of the network, or the body not the
     *     network's
     */
    @Transactional
    public MeetingId create(Actor actor, MeetingForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        checkBody(network, form.getKind(), form.getBodyId());
        var id = plan(
                network,
                null,
                form.getKind(),
                form.getBodyId(),
                form.getTitle().strip(),
                form.getDate(),
                form.getStartTime(),
                form.getEndTime(),
                place(network, form));
        var meeting = meetings.findById(id.value()).orElseThrow();
        meeting.agenda(form.agendaItems());
        meetings.save(meeting);
        return id;
    }

    /**
     * A coordinator changes when and where a meeting is, its title and agenda. Kind and body stay.
     *
     * @throws OptimisticLockingFailureException when someone changed it since {@code version}
     */
    @Transactional
    public void update(StielUser actor, MeetingId id, MeetingForm form, Long version) {
        var meeting = load(actor.networkId(), id);
        Require.coordinator(actor);
        if (version != null && !version.equals(meeting.version())) {
            throw new OptimisticLockingFailureException("Meeting " + id + " changed since");
        }
        var dayBefore = meeting.day();
        var startBefore = meeting.startTime();
        meeting.reschedule(
                form.getTitle().strip(),
                form.getDate(),
                form.getStartTime(),
                form.getEndTime(),
                place(actor.networkId(), form));
        meeting.agenda(form.agendaItems());
        meetings.save(meeting);
        MeetingEvents.moved(dayBefore, startBefore, meeting, clock.instant()).ifPresent(events::publishEvent);
    }

    @Transactional
    public void setAgenda(StielUser actor, MeetingId id, List<String> items) {
        var meeting = run(actor, id);
        meeting.agenda(
                items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        meetings.save(meeting);
    }

    @Transactional
    public void setMinutes(StielUser actor, MeetingId id, String minutes) {
        var meeting = run(actor, id);
        if (minutes != null && minutes.length() > 20000) {
            throw RuleViolation.on("minutes", "meetings.minutes.tooLong", 20000);
        }
        var minutesBefore = meeting.minutes();
        meeting.minutes(minutes);
        meetings.save(meeting);
        MeetingEvents.minutes(minutesBefore, meeting, clock.instant()).ifPresent(events::publishEvent);
    }

    /** Records who came; people who were not invited are ignored. */
    @Transactional
    public void recordAttendance(StielUser actor, MeetingId id, Map<UserId, Attendance> attendance) {
        var meeting = run(actor, id);
        meeting.attendance(attendance.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)));
        meetings.save(meeting);
    }

    /** Records the agenda, minutes and attendance at once (the demo's past meetings). */
    @Transactional
    public void record(
            Actor actor, MeetingId id, List<String> agenda, String minutes, Map<UserId, Attendance> attendance) {
        var meeting = run(actor, id);
        if (minutes != null && minutes.length() > 20000) {
            throw RuleViolation.on("minutes", "meetings.minutes.tooLong", 20000);
        }
        var minutesBefore = meeting.minutes();
        meeting.agenda(agenda);
        meeting.minutes(minutes);
        meeting.attendance(attendance.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)));
        meetings.save(meeting);
        MeetingEvents.minutes(minutesBefore, meeting, clock.instant()).ifPresent(events::publishEvent);
    }

    /**
     * Mails every invited person an invitation with the meeting as an {@code .ics} file.
     *
     * @return how many were sent
     */
    @Transactional
    public int sendInvitations(StielUser actor, MeetingId id) {
        var meeting = run(actor, id);
        int sent = invitations.send(actor.networkId(), meeting, get(actor.networkId(), id));
        meeting.invitationsSent(clock.instant());
        meetings.save(meeting);
        return sent;
    }

    MeetingId plan(
            NetworkId network,
            UUID series,
            MeetingKind kind,
            UUID body,
            String title,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            Meeting.Place place) {
        var meeting = Meeting.plan(
                network.value(),
                series,
                kind,
                body,
                title,
                day,
                start,
                end,
                place,
                invitations.invitees(network, kind, body),
                clock.instant());
        var saved = meetings.save(meeting);
        events.publishEvent(MeetingEvents.planned(saved, clock.instant()));
        return new MeetingId(saved.id());
    }

    void checkBody(NetworkId network, MeetingKind kind, UUID body) {
        if (kind == MeetingKind.WORKING_GROUP_MEETING && !bodies.exists(network, body)) {
            throw RuleViolation.on("bodyId", "meetings.invalidChoice");
        }
    }

    Meeting.Place place(NetworkId network, PartnerId partner, String venueKey) {
        return hosts.place(network, partner, venueKey);
    }

    private Meeting.Place place(NetworkId network, MeetingForm form) {
        return form.hostPartner()
                .map(p -> place(network, new PartnerId(p), form.venueKey().orElseThrow()))
                .orElse(Meeting.Place.NONE);
    }

    private Meeting run(Actor actor, MeetingId id) {
        var meeting = load(actor.networkId(), id);
        var view = get(actor.networkId(), id);
        Require.that(actor, user -> canRun(user, view), "Only the coordinator or the body's chair");
        return meeting;
    }

    private Meeting load(NetworkId network, MeetingId id) {
        return meetings.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
