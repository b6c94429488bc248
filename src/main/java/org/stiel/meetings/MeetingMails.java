package org.stiel.meetings;

import static org.stiel.platform.StielTime.ZONE;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.OutgoingMail;
import org.stiel.platform.mail.Recipient;

/**
 * Invitations: a mail with a link to the meeting and the meeting as an iCalendar request. Neither names anyone: the
 * only address in them is the recipient's own (the organizer is Stiel's sending address).
 */
@Component
class MeetingMails {

    private final Notifications notifications;
    private final Clock clock;

    MeetingMails(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    void invitation(String to, MeetingView meeting) {
        String path = "/meetings/" + meeting.id().value();
        String date = DateTimeFormatter.ofPattern("d/M/yyyy").format(meeting.date());
        String when = date + " " + meeting.startTime() + "–" + meeting.endTime();
        Object where = meeting.venueAddress().isEmpty()
                ? Notifications.text("meetings.venue.none")
                : meeting.venueName() + ", " + meeting.venueAddress();
        notifications
                .compose("meetings.mail")
                .subject(date)
                .body(meeting.title(), when, where)
                .link(path)
                .attach(recipient -> new OutgoingMail.Attachment(
                        "invitation.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST",
                        calendar(recipient.email(), meeting, notifications.link(path))))
                .send(Recipient.inLanguageOfRequest(to));
    }

    /** The meeting as a METHOD:REQUEST with a UID that stays the same for the meeting, so an update replaces it. */
    String calendar(String to, MeetingView meeting, String link) {
        var zone = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(ZONE.getId())
                .getVTimeZone();
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Stiel//Vergaderingen//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(zone);
        var event = new VEvent(
                ZonedDateTime.of(meeting.date(), meeting.startTime(), ZONE),
                ZonedDateTime.of(meeting.date(), meeting.endTime(), ZONE),
                meeting.title());
        event.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(uid(meeting.id())));
        event.add(new Sequence((int) meeting.version()));
        event.add(new Organizer(URI.create("mailto:" + address(notifications.from()))));
        event.add(new Attendee(URI.create("mailto:" + to)));
        if (!meeting.venueAddress().isEmpty()) {
            event.add(new Location(meeting.venueAddress()));
        }
        event.add(new Description(link));
        event.add(new Url(URI.create(link)));
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String uid(MeetingId id) {
        return "meeting-" + id.value() + "@stiel";
    }

    /** The address of a "Name <address>" sender. */
    private static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
    }
}
