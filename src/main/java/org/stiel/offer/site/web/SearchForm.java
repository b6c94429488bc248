package org.stiel.offer.site.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.stiel.network.LifeDomain;
import org.stiel.offer.OfferQuery;

/**
 * The search parameters as the request carries them. Bound by setters, so that a value that does not convert (a
 * hand-edited URL with age=abc) leaves only that field empty instead of failing the whole search.
 */
class SearchForm {

    private String q;
    private String network;
    private Integer age;
    private OfferQuery.AgeUnit unit;
    private boolean expecting;
    private String place;
    private Integer km;
    private LifeDomain domain;
    private boolean free;
    private boolean reduced;
    private List<DayOfWeek> day = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private String language;
    private Integer page;

    /**
     * What the search did not take as given, for the notice beside the results: a value that did not convert, an
     * age out of range, dates the wrong way round (searched swapped). Message keys with the field's label key.
     */
    List<Notice> notices(BindingResult unreadable, OfferQuery query) {
        var notices = new ArrayList<Notice>();
        for (var error : unreadable.getFieldErrors()) {
            notices.add(new Notice("site.notice.unreadable", "site.search." + labelOf(error.getField())));
        }
        if (age != null && query.age() == null && !unreadable.hasFieldErrors("age")) {
            notices.add(new Notice("site.notice.age", "site.search.age"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            notices.add(new Notice("site.notice.swapped", "site.search.from"));
        }
        return notices;
    }

    private static String labelOf(String field) {
        return switch (field) {
            case "age", "unit" -> "age";
            case "day" -> "days";
            case "km", "from", "to", "language", "domain", "network", "place" -> field;
            default -> "more";
        };
    }

    /** A notice beside the results: its message key, and the key of the filter's label it is about. */
    record Notice(String key, String field) {}

    OfferQuery toQuery() {
        return new OfferQuery(
                q, network, age, unit, expecting, place, km, domain, free, reduced, day, from, to, language, page);
    }

    public void setQ(String q) {
        this.q = q;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public void setUnit(OfferQuery.AgeUnit unit) {
        this.unit = unit;
    }

    public void setExpecting(boolean expecting) {
        this.expecting = expecting;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public void setKm(Integer km) {
        this.km = km;
    }

    public void setDomain(LifeDomain domain) {
        this.domain = domain;
    }

    public void setFree(boolean free) {
        this.free = free;
    }

    public void setReduced(boolean reduced) {
        this.reduced = reduced;
    }

    public void setDay(List<DayOfWeek> day) {
        this.day = day;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
