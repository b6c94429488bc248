package org.stiel.offer.site.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.stiel.offer.PublicOfferOccurrence;
import org.stiel.platform.StielTime;

/**
 * iCalendar (RFC 5545) files of occurrences, written by ical4j: times in Europe/Brussels with its VTIMEZONE, a UID
 * per occurrence that stays the same from one download to the next (offer, schedule and start), so that a
 * subscribed calendar updates events instead of doubling them.
 */
final class CalendarFiles {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private CalendarFiles() {}

    /** @param siteUrl the installation's base URL ({@code STIEL_BASE_URL}) the events link to, never the request's */
    static String write(
            String title, List<PublicOfferOccurrence> occurrences, String onlineText, Instant now, String siteUrl) {
        var zone = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(StielTime.ZONE.getId())
                .getVTimeZone();
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Stiel//Aanbod voor gezinnen//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // the name and zone a subscribing app shows (Apple, Google and Outlook read these)
        calendar.add(new XProperty("X-WR-CALNAME", title));
        calendar.add(new XProperty("X-WR-TIMEZONE", StielTime.ZONE.getId()));
        calendar.add(zone);
        String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (var o : occurrences) {
            VEvent event = o.allDay()
                    ? new VEvent(o.startsAt().toLocalDate(), o.endsAt().toLocalDate(), o.name())
                    : new VEvent(o.startsAt(), o.endsAt(), o.name());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(uid(o)));
            String place = o.place() != null ? o.place() : o.online() ? onlineText : null;
            if (place != null) {
                event.add(new Location(place));
            }
            event.add(new Description(o.partnerName()));
            event.add(new Url(URI.create(base + "/aanbod/" + o.offerId().value())));
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Offer, schedule and start identify an occurrence; the host name is part of the UID as RFC 5545 advises. */
    static String uid(PublicOfferOccurrence o) {
        return o.offerId().value() + "-" + o.scheduleId() + "-"
                + o.startsAt().toInstant().getEpochSecond() + "@stiel";
    }
}
