package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.accounts.UserId;
import org.stiel.governance.Bodies;
import org.stiel.meetings.Attendance;
import org.stiel.meetings.Hosts;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.MeetingKind;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.Meetings;
import org.stiel.meetings.Recurrence;
import org.stiel.meetings.SeriesForm;
import org.stiel.network.NetworkId;
import org.stiel.platform.StielTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings in both networks: in Scheldeveld rooms at some partners, a monthly network meeting that rotated over
 * several partners and municipalities (past ones with agenda, minutes and attendance, upcoming ones planned) through
 * the same proposal a coordinator gets, a partner day and a working-group meeting; in Polderrand one meeting.
 */
@Component
@Order(60)
class MeetingsDemo implements DemoStep {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Hosts hosts;
    private final MeetingSeries series;
    private final Meetings meetings;
    private final Bodies bodies;
    private final Validator validator;
    private final Clock clock;

    MeetingsDemo(
            Hosts hosts, MeetingSeries series, Meetings meetings, Bodies bodies, Validator validator, Clock clock) {
        this.hosts = hosts;
        this.bodies = bodies;
        this.series = series;
        this.meetings = meetings;
        this.validator = validator;
        this.clock = clock;
    }

    record File(String comment, List<DemoNetwork> networks) {}

    record DemoNetwork(
            String network,
            List<DemoVenue> venues,
            List<DemoUnavailable> unavailable,
            List<DemoSeries> series,
            List<DemoMeeting> meetings) {}

    record DemoVenue(String partner, String postcode, String street, int capacity) {}

    /** The nth weekday of a month from now, so that it stays in the future. */
    record DemoUnavailable(String partner, int monthsFromNow) {}

    /**
     * A monthly series on the second Tuesday, starting {@code monthsAgo} months ago; {@code past} gives the agenda,
     * minutes and how many were excused for the meetings already held, in order.
     */
    record DemoSeries(
            String name,
            int monthsAgo,
            int count,
            LocalTime startTime,
            LocalTime endTime,
            int expectedAttendees,
            List<String> partners,
            List<DemoPast> past,
            List<String> upcomingAgenda) {}

    record DemoPast(List<String> agenda, String minutes, int excused) {}

    record DemoMeeting(
            String title,
            MeetingKind kind,
            String body,
            int inDays,
            LocalTime startTime,
            LocalTime endTime,
            String partner,
            String postcode,
            String street,
            List<String> agenda) {}

    @Override
    public void load(Loaded demo) {
        LocalDate today = StielTime.today(clock);
        for (DemoNetwork n : read().networks()) {
            NetworkId network = demo.network(n.network());
            for (DemoVenue v : n.venues()) {
                hosts.setCapacities(
                        DemoLoader.system(network),
                        demo.partner(v.partner()),
                        Map.of(Hosts.key(v.postcode(), v.street()), v.capacity()));
            }
            for (DemoUnavailable u : n.unavailable()) {
                hosts.addUnavailable(
                        DemoLoader.system(network), demo.partner(u.partner()), secondTuesday(today, u.monthsFromNow()));
            }
            for (DemoSeries s : n.series()) {
                loadSeries(demo, network, s, today);
            }
            for (DemoMeeting m : n.meetings()) {
                var form = new MeetingForm();
                form.setTitle(m.title());
                form.setKind(m.kind());
                if (m.body() != null) {
                    form.setBodyId(bodies.list(network).stream()
                            .filter(b -> b.name().equals(m.body()))
                            .findFirst()
                            .orElseThrow(
                                    () -> new IllegalStateException("Demo meeting refers to unknown body " + m.body()))
                            .id()
                            .value());
                }
                form.setDate(today.plusDays(m.inDays()));
                form.setStartTime(m.startTime());
                form.setEndTime(m.endTime());
                form.setVenue(
                        MeetingForm.venue(demo.partner(m.partner()).value(), Hosts.key(m.postcode(), m.street())));
                form.setAgenda(String.join("\n", m.agenda()));
                check(form, m.title());
                meetings.create(DemoLoader.system(network), form);
            }
        }
    }

    private void loadSeries(Loaded demo, NetworkId network, DemoSeries s, LocalDate today) {
        var form = new SeriesForm(
                s.name(),
                MeetingKind.NETWORK_MEETING,
                null,
                Recurrence.MONTHLY_WEEKDAY,
                secondTuesday(today, -s.monthsAgo()),
                s.count(),
                null,
                s.startTime(),
                s.endTime(),
                s.expectedAttendees(),
                s.partners().stream().map(p -> demo.partner(p).value()).toList());
        check(form, s.name());
        var id = series.propose(DemoLoader.system(network), form);
        var created = series.confirm(DemoLoader.system(network), id);
        int held = 0;
        for (var meetingId : created) {
            var meeting = meetings.get(network, meetingId);
            if (meeting.date().isBefore(today) && held < s.past().size()) {
                var past = s.past().get(held++);
                Map<UserId, Attendance> attendance = new HashMap<>();
                var attendees = meeting.attendees();
                for (int i = 0; i < attendees.size(); i++) {
                    // every third person missed a meeting, the first few of them excused: invented figures
                    var status = i % 3 != 2
                            ? Attendance.PRESENT
                            : i / 3 < past.excused() ? Attendance.EXCUSED : Attendance.ABSENT;
                    attendance.put(attendees.get(i).id(), status);
                }
                meetings.record(DemoLoader.system(network), meetingId, past.agenda(), past.minutes(), attendance);
            } else if (!meeting.date().isBefore(today)) {
                meetings.record(DemoLoader.system(network), meetingId, s.upcomingAgenda(), null, Map.of());
            }
        }
    }

    private static LocalDate secondTuesday(LocalDate today, int monthsFromNow) {
        return today.plusMonths(monthsFromNow).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private void check(Object form, String what) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo data for " + what + ": " + violations);
        }
    }

    private static File read() {
        try (InputStream in = new ClassPathResource("demo/meetings.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/meetings.json", e);
        }
    }
}
