package org.stiel.offer.site.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.network.Networks;
import org.stiel.offer.OfferCatalog;
import org.stiel.offer.OfferQuery;
import org.stiel.offer.PublicOfferOccurrence;
import org.stiel.partners.PartnerId;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.StielTime;

/** The families' calendar of activities (a week or a month) and the iCalendar feeds to subscribe to. */
@Controller
class CalendarController {

    private final OfferCatalog catalog;
    private final Networks networks;
    private final SiteModel site;
    private final MessageSource messages;

    CalendarController(OfferCatalog catalog, Networks networks, SiteModel site, MessageSource messages) {
        this.catalog = catalog;
        this.networks = networks;
        this.site = site;
        this.messages = messages;
    }

    /** A day of the calendar with its activities. */
    record Day(LocalDate date, List<PublicOfferOccurrence> occurrences) {}

    @GetMapping("/aanbod/kalender")
    String calendar(
            @ModelAttribute("search") SearchForm form,
            BindingResult ignored,
            @RequestParam(name = "view", required = false) String view,
            @RequestParam(name = "date", required = false) String date,
            Model model) {
        OfferQuery query = form.toQuery();
        model.addAttribute("query", query);
        site.requireNetwork(query.network());
        boolean month = "month".equals(view);
        LocalDate day = parse(date).orElse(LocalDate.ofInstant(catalog.now(), StielTime.ZONE));
        LocalDate first = month ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month ? day.with(TemporalAdjusters.lastDayOfMonth()) : first.plusDays(6);
        var occurrences = catalog.calendar(query, first, last);
        Map<LocalDate, List<PublicOfferOccurrence>> byDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        occurrences.forEach(o -> byDay.get(o.startsAt().toLocalDate()).add(o));
        List<Day> days = new ArrayList<>();
        // a month shows only the days with something on; a week shows every day, so "nothing on Wednesday" is visible
        byDay.forEach((d, list) -> {
            if (!month || !list.isEmpty()) {
                days.add(new Day(d, list));
            }
        });
        site.addLinks(model, query);
        model.addAttribute("month", month);
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute("days", days);
        model.addAttribute("full", occurrences.size() >= OfferCatalog.CALENDAR_LIMIT);
        // the day looked at stays the same weekday from week to week, and switching between week and month keeps it:
        // a week of 30 November to 6 December opened on 3 December switches to December, not November
        model.addAttribute("day", day);
        model.addAttribute("previous", month ? first.minusMonths(1) : day.minusWeeks(1));
        model.addAttribute("next", month ? first.plusMonths(1) : day.plusWeeks(1));
        return "offer/site/calendar";
    }

    @GetMapping("/aanbod/kalender.ics")
    ResponseEntity<String> searchFeed(@ModelAttribute("search") SearchForm form, BindingResult ignored) {
        OfferQuery query = form.toQuery();
        site.requireNetwork(query.network());
        return ics(text("site.feed.search"), catalog.feed(query), "aanbod");
    }

    @GetMapping("/aanbod/kalender/netwerk/{slug}.ics")
    ResponseEntity<String> networkFeed(@PathVariable String slug) {
        var network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("Network"));
        return ics(network.name(), catalog.feed(OfferQuery.network(slug)), slug);
    }

    @GetMapping("/aanbod/kalender/partner/{id}.ics")
    ResponseEntity<String> partnerFeed(@PathVariable String id) {
        PartnerId partner;
        try {
            partner = new PartnerId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Partner");
        }
        String name = catalog.partnerName(partner).orElseThrow(() -> new NotFoundException("Partner"));
        return ics(name, catalog.partnerFeed(partner), "partner-" + id);
    }

    private ResponseEntity<String> ics(String title, List<PublicOfferOccurrence> occurrences, String file) {
        String body = CalendarFiles.write(title, occurrences, text("site.online"), catalog.now(), site.link(""));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CalendarFiles.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".ics\"")
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static java.util.Optional<LocalDate> parse(String date) {
        try {
            return date == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
