package org.stiel.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Recur;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * Series of meetings that rotate between partners. The coordinator asks for a series (dates, willing hosts,
 * expected attendees); Stiel proposes a host and venue per date with the reasons (see {@link Rotation}); the
 * coordinator swaps or changes hosts, re-checked against the hard rules, and confirms, which creates the meetings.
 */
@Service
@Transactional(readOnly = true)
public class MeetingSeries {

    private final SeriesRepository series;
    private final MeetingQueries queries;
    private final Hosts hosts;
    private final Meetings meetings;
    private final Partners partners;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingSeries(
            SeriesRepository series,
            MeetingQueries queries,
            Hosts hosts,
            Meetings meetings,
            Partners partners,
            Clock clock,
            ApplicationEventPublisher events) {
        this.queries = queries;
        this.series = series;
        this.hosts = hosts;
        this.meetings = meetings;
        this.partners = partners;
        this.clock = clock;
        this.events = events;
    }

    /** One page of the series as the meetings list shows them: proposals first, then the newest. */
    public ListPage<SeriesLine> lines(NetworkId network, Paging paging) {
        return queries.series(network, paging);
    }

    /** Every series in full, proposals first: a network plans a series or two a year. */
    public List<SeriesView> list(NetworkId network) {
        return series.findByNetwork(network.value()).stream()
                .map(SeriesSlots::view)
                .toList();
    }

    public SeriesView get(NetworkId network, SeriesId id) {
        return SeriesSlots.view(load(network, id));
    }

    /** The dates a form asks for, in order. */
    public static List<LocalDate> dates(SeriesForm form) {
        return switch (form.recurrence()) {
            case DATES -> form.dateList();
            case MONTHLY_DAY -> expand("FREQ=MONTHLY;COUNT=" + form.count(), form.firstDate());
            case MONTHLY_WEEKDAY -> {
                LocalDate first = form.firstDate();
                int nth = (first.getDayOfMonth() - 1) / 7 + 1;
                // a fifth weekday does not occur every month: the last one does
                String which = nth == 5 ? "-1" : String.valueOf(nth);
                String day = first.getDayOfWeek().name().substring(0, 2);
                yield expand("FREQ=MONTHLY;BYDAY=" + which + day + ";COUNT=" + form.count(), first);
            }
        };
    }

    private static List<LocalDate> expand(String rule, LocalDate first) {
        Recur<LocalDate> recur = new Recur<>(rule);
        return recur.getDates(first, first, first.plusYears(3)).stream()
                .sorted()
                .toList();
    }

    /**
     * A coordinator asks for a series: it is kept as a draft with Stiel's proposal.
     *
     * @throws RuleViolation when a willing partner is not a partner of the network
     */
    @Transactional
    public SeriesId propose(Actor actor, SeriesForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        for (UUID p : form.partnerIds()) {
            if (partners.find(network, new PartnerId(p)).isEmpty()) {
                throw RuleViolation.on("partnerIds", "meetings.invalidChoice");
            }
        }
        meetings.checkBody(network, form.kind(), form.bodyId());
        var draft = Series.draft(network.value(), form, clock.instant());
        var input = input(network, draft, dates(form));
        draft.schedule(SeriesSlots.slots(Rotation.propose(input)));
        return new SeriesId(series.save(draft).id());
    }

    /** Stiel proposes again from the current history, rooms and unavailable dates; changes made are lost. */
    @Transactional
    public void repropose(StielUser actor, SeriesId id) {
        var draft = draft(actor, id);
        draft.schedule(SeriesSlots.slots(Rotation.propose(input(actor.networkId(), draft, draft.dates()))));
        series.save(draft);
    }

    /**
     * Swaps the hosts (with their venues) of two dates.
     *
     * @throws RotationConflict when a host cannot host on the other date
     */
    @Transactional
    public void swap(StielUser actor, SeriesId id, int first, int second) {
        var draft = draft(actor, id);
        var choices = SeriesSlots.choices(draft);
        checkPosition(choices, first);
        checkPosition(choices, second);
        var a = choices.get(first);
        choices.set(first, choices.get(second));
        choices.set(second, a);
        reschedule(actor.networkId(), draft, choices);
    }

    /**
     * Sets another willing host and venue for one date.
     *
     * @throws RotationConflict when that host cannot host on that date at that venue
     */
    @Transactional
    public void assign(StielUser actor, SeriesId id, int position, PartnerId host, String venueKey) {
        var draft = draft(actor, id);
        var choices = SeriesSlots.choices(draft);
        checkPosition(choices, position);
        choices.set(position, Optional.of(new Rotation.Choice(host.value(), venueKey)));
        reschedule(actor.networkId(), draft, choices);
    }

    /**
     * Confirms the schedule: the meetings are created (with the network's members, or the body's, invited).
     *
     * @throws RotationConflict when a slot no longer meets the hard rules (a date became unavailable meanwhile)
     */
    @Transactional
    public List<MeetingId> confirm(Actor actor, SeriesId id) {
        return confirm(draft(actor, id));
    }

    private List<MeetingId> confirm(Series draft) {
        if (draft.confirmed()) {
            throw new OptimisticLockingFailureException("Series " + draft.id() + " is confirmed already");
        }
        var network = new NetworkId(draft.networkId());
        var input = input(network, draft, draft.dates());
        var choices = SeriesSlots.choices(draft);
        check(input, choices);
        List<MeetingId> created = new ArrayList<>();
        for (var slot : draft.slots()) {
            var place = slot.hostPartnerId() == null
                    ? Meeting.Place.NONE
                    : meetings.place(network, new PartnerId(slot.hostPartnerId()), slot.venueKey());
            created.add(meetings.plan(
                    network,
                    draft.id(),
                    draft.kind(),
                    draft.bodyId(),
                    draft.name(),
                    slot.day(),
                    draft.startTime(),
                    draft.endTime(),
                    place));
        }
        draft.confirm();
        series.save(draft);
        events.publishEvent(
                new SeriesConfirmed(network, new SeriesId(draft.id()), draft.name(), created, clock.instant()));
        return created;
    }

    /** The willing hosts' venues with room for the series, for the coordinator's choice of another host. */
    public List<VenueView> hostOptions(NetworkId network, SeriesId id) {
        var s = load(network, id);
        return s.partners().stream()
                .flatMap(p -> partners.find(network, new PartnerId(p)).stream())
                .flatMap(p -> hosts.venues(network, p.id()).stream())
                .filter(v -> v.municipality().isPresent()
                        && v.capacity().filter(c -> c >= s.expectedAttendees()).isPresent())
                .sorted(java.util.Comparator.comparing(VenueView::partnerName).thenComparing(VenueView::key))
                .toList();
    }

    private void reschedule(NetworkId network, Series draft, List<Optional<Rotation.Choice>> choices) {
        var input = input(network, draft, draft.dates());
        check(input, choices);
        draft.schedule(SeriesSlots.slots(Rotation.explain(input, choices)));
        series.save(draft);
    }

    private static void check(Rotation.Input input, List<Optional<Rotation.Choice>> choices) {
        var day = DateTimeFormatter.ofPattern("d/M/yyyy");
        for (int i = 0; i < choices.size(); i++) {
            var date = input.dates().get(i);
            var choice = choices.get(i);
            if (choice.isEmpty()) {
                continue;
            }
            var violation = Rotation.check(input, date, choice.get());
            if (violation.isPresent()) {
                String name = input.candidate(choice.get().partner())
                        .map(Rotation.Candidate::name)
                        .orElse("?");
                throw new RotationConflict(
                        violation.get().key,
                        List.of(name, day.format(date), String.valueOf(input.expectedAttendees())));
            }
        }
    }

    private Rotation.Input input(NetworkId network, Series s, List<LocalDate> dates) {
        return new Rotation.Input(
                dates, hosts.candidates(network, s.partners()), s.expectedAttendees(), hosts.hostingRows(network));
    }

    private static void checkPosition(List<?> choices, int position) {
        if (position < 0 || position >= choices.size()) {
            throw RuleViolation.of("meetings.invalidChoice");
        }
    }

    private Series draft(Actor actor, SeriesId id) {
        var s = load(actor.networkId(), id);
        Require.coordinator(actor);
        if (s.confirmed()) {
            // someone confirmed it meanwhile: the proposal the change was made on is gone
            throw new OptimisticLockingFailureException("Series " + id + " is confirmed already");
        }
        return s;
    }

    private Series load(NetworkId network, SeriesId id) {
        return series.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Series"));
    }
}
