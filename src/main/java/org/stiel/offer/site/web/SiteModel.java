package org.stiel.offer.site.web;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkName;
import org.stiel.network.Networks;
import org.stiel.offer.OfferQuery;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.PublicOfferSummary;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.StielProperties;
import org.thymeleaf.util.StringUtils;

/**
 * What the families' pages share: links that keep the search, texts for ages and languages, and the search page's
 * result cards and form options with their texts ready (ADR 0016).
 */
@Component("offerSite")
class SiteModel {

    /** The distances one can choose, in km. */
    private static final List<Integer> DISTANCES = List.of(2, 5, 10, 20, 50);

    /** The languages one can filter on: the languages most spoken by families in Flanders, Dutch first. */
    private static final List<String> LANGUAGES = List.of(
            "nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "es", "pt", "it", "so", "ti", "ps", "fa",
            "prs", "am");

    /** A card's summary is cut to this many characters, with an ellipsis. */
    static final int SUMMARY_LENGTH = 200;

    private final Networks networks;
    private final MessageSource messages;
    private final StielProperties properties;
    private final Map<Locale, DateTimeFormatter> dayFormats = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dayTimeFormats = new ConcurrentHashMap<>();

    SiteModel(Networks networks, MessageSource messages, StielProperties properties) {
        this.networks = networks;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * An absolute link into the site, from the configured base URL: never from the request's Host or forwarded
     * headers, which a client chooses.
     */
    String link(String path) {
        return properties.link(path);
    }

    /** An unknown network is "not found", not an empty search that looks like a network without offer. */
    void requireNetwork(String slug) {
        if (slug != null && !networks.exists(slug)) {
            throw new NotFoundException("Network");
        }
    }

    void addLinks(Model model, OfferQuery query) {
        String search = query.toQueryString(false);
        model.addAttribute("searchQuery", search);
        model.addAttribute(
                "previousQuery", query.withPage(Math.max(1, query.page() - 1)).toQueryString(true));
        model.addAttribute("nextQuery", query.withPage(query.page() + 1).toQueryString(true));
        // webcal:// makes a phone or desktop offer to subscribe in its calendar app instead of downloading the file
        String feed = link("/aanbod/kalender.ics") + (search.isEmpty() ? "" : "?" + search);
        model.addAttribute("webcalUrl", feed.replaceFirst("^https?://", "webcal://"));
    }

    /** The options of the search form's lists, with the search's own choices selected. */
    void addChoices(Model model, OfferQuery query, List<NetworkName> networkNames) {
        model.addAttribute(
                "networkChoices",
                networkNames.stream()
                        .map(n -> new Choice(n.slug(), n.name(), n.slug().equals(query.network())))
                        .toList());
        model.addAttribute(
                "domainChoices",
                Arrays.stream(LifeDomain.values())
                        .map(d -> new Choice(d.name(), text("lifeDomain." + d.name()), d == query.domain()))
                        .toList());
        model.addAttribute(
                "languageChoices",
                LANGUAGES.stream()
                        .map(code -> new Choice(code, language(code), code.equals(query.language())))
                        .toList());
        model.addAttribute(
                "distanceChoices",
                DISTANCES.stream()
                        .map(km -> new Choice(km.toString(), text("site.search.km.value", km), km.equals(query.km())))
                        .toList());
        model.addAttribute(
                "dayChoices",
                Arrays.stream(DayOfWeek.values())
                        .map(d -> new Choice(
                                d.name(),
                                text("site.day." + d.name()),
                                query.day().contains(d)))
                        .toList());
    }

    /** The cards of a page of results, in the reader's language. */
    List<ResultCard> cards(List<PublicOfferSummary> offers) {
        Locale reader = LocaleContextHolder.getLocale();
        return offers.stream().map(offer -> card(offer, reader)).toList();
    }

    private ResultCard card(PublicOfferSummary offer, Locale reader) {
        var next = offer.nextStart();
        String nextText = null;
        if (next != null) {
            var format = offer.nextAllDay()
                    ? dayFormats.computeIfAbsent(reader, l -> DateTimeFormatter.ofPattern("EEEE d MMMM", l))
                    : dayTimeFormats.computeIfAbsent(reader, l -> DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", l));
            nextText = next.format(format);
        }
        return new ResultCard(
                offer.id().value().toString(),
                offer.name(),
                offer.partnerName(),
                String.join(", ", offer.cities()),
                offer.online(),
                offer.summary() == null || offer.summary().isBlank()
                        ? null
                        : StringUtils.abbreviate(offer.summary(), SUMMARY_LENGTH),
                next == null ? null : next.toOffsetDateTime().toString(),
                nextText,
                ages(offer.ageMinMonths(), offer.ageMaxMonths()),
                text("offerCost." + offer.cost().name()),
                offer.reducedTariff(),
                offer.status() == OfferStatus.TEMPORARILY_CLOSED);
    }

    /** A language's name in the reader's language ("Arabisch", "Arabic"). */
    public String language(String code) {
        Locale reader = LocaleContextHolder.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equals(code)
                ? code
                : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** An age range in plain words: "0 tot 3 jaar", "vanaf 6 maanden", "zwangerschap tot 1 jaar". */
    public String ages(Integer min, Integer max) {
        if (min == null && max == null) {
            return text("site.age.all");
        }
        if (min == null) {
            return text("site.age.upTo", months(max));
        }
        if (max == null) {
            return text("site.age.from", months(min));
        }
        return text("site.age.range", months(min), months(max));
    }

    private String months(int months) {
        if (months < 0) {
            return text("site.age.pregnancy");
        }
        if (months >= 24 && months % 12 == 0) {
            return text("site.age.years", months / 12);
        }
        return text("site.age.months", months);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
