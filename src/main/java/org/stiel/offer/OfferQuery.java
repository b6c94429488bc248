package org.stiel.offer;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.network.LifeDomain;

/**
 * What a family searches for on the public offer pages; every field is optional, and the names are the query
 * parameters of the search's shareable URL.
 *
 * @param q words to search for (Dutch, accents and small typos do not matter)
 * @param network the slug of one network, or empty for all networks
 * @param age the child's age, in {@code unit}
 * @param unit months or years (years when empty)
 * @param expecting the child is not born yet (age is then ignored)
 * @param place a postcode, or the name of a municipality or of a place in it (a former municipality): every Belgian
 *     postcode and Flemish municipality is known (the network module's reference places)
 * @param km at most this far from {@code place}; without it, in {@code place} itself
 * @param domain a life domain the offer is about
 * @param free free offers; with {@code reduced}, free offers or offers with a reduced tariff
 * @param reduced offers with a reduced tariff (UiTPAS social tariff)
 * @param day days of the week on which the offer takes place
 * @param from takes place on or after this day
 * @param to takes place on or before this day
 * @param language a language spoken (ISO 639-1 code such as {@code nl}, {@code fr}, {@code ar})
 * @param page the page of the result list, from 1
 */
public record OfferQuery(
        String q,
        String network,
        Integer age,
        AgeUnit unit,
        boolean expecting,
        String place,
        Integer km,
        LifeDomain domain,
        boolean free,
        boolean reduced,
        List<DayOfWeek> day,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String language,
        Integer page) {

    /** At most this many words of a query are searched for. */
    public static final int MAX_WORDS = 8;

    /** Longer text is cut off: a search box is no place for an essay, and every word costs a lookup. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** The farthest distance one can ask for, in km. */
    public static final int MAX_KM = 100;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    public enum AgeUnit {
        MONTHS,
        YEARS
    }

    public OfferQuery {
        q = trimmed(q, MAX_QUERY_LENGTH);
        network = trimmed(network, 100);
        place = trimmed(place, 100);
        language = trimmed(language, 10);
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
        }
        if (age != null && (age < 0 || age > 100)) {
            age = null;
        }
        if (km != null && (km < 1 || km > MAX_KM)) {
            km = km < 1 ? null : MAX_KM;
        }
        day = days(day);
        if (page == null || page < 1) {
            page = 1;
        }
        if (from != null && to != null && to.isBefore(from)) {
            var swap = from;
            from = to;
            to = swap;
        }
    }

    /** Everything, first page. */
    public static OfferQuery all() {
        return new OfferQuery(null, null, null, null, false, null, null, null, false, false, null, null, null, null, 1);
    }

    /** All of one network's offer. */
    public static OfferQuery network(String slug) {
        return all().withNetwork(slug);
    }

    public OfferQuery withNetwork(String slug) {
        return new OfferQuery(
                q, slug, age, unit, expecting, place, km, domain, free, reduced, day, from, to, language, page);
    }

    public OfferQuery withPage(int newPage) {
        return new OfferQuery(
                q, network, age, unit, expecting, place, km, domain, free, reduced, day, from, to, language, newPage);
    }

    public OfferQuery withQ(String text) {
        return new OfferQuery(
                text, network, age, unit, expecting, place, km, domain, free, reduced, day, from, to, language, page);
    }

    /** The child's age in months (-1 when expecting), or null when no age is asked for. */
    public Integer ageInMonths() {
        if (expecting) {
            return -1;
        }
        if (age == null) {
            return null;
        }
        return unit == AgeUnit.MONTHS ? age : age * 12;
    }

    /**
     * The words to search for, as the offer's vocabulary spells them: lower case, without accents, at most {@link
     * #MAX_WORDS}.
     */
    public List<String> words() {
        if (q == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(q.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(plain)) {
            if (!word.isEmpty() && !words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether {@code place} is a postcode rather than a municipality's name. */
    public boolean placeIsPostcode() {
        return place != null && POSTCODE.matcher(place).matches();
    }

    public Set<DayOfWeek> days() {
        return day.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(day);
    }

    /** Whether any criterion narrows the offer (the network and the page do not count). */
    public boolean isFiltered() {
        return q != null
                || ageInMonths() != null
                || place != null
                || domain != null
                || free
                || reduced
                || !day.isEmpty()
                || from != null
                || to != null
                || language != null;
    }

    /**
     * The query string of this search ({@code q=...&age=...}, without {@code ?}), in a fixed order so that the same
     * search always has the same URL; {@code withPage} adds the page when it is not the first.
     */
    public String toQueryString(boolean withPage) {
        var uri = UriComponentsBuilder.newInstance();
        add(uri, "q", q);
        add(uri, "network", network);
        add(uri, "age", expecting ? null : age);
        add(uri, "unit", expecting || age == null || unit == null ? null : unit.name());
        add(uri, "expecting", expecting ? "true" : null);
        add(uri, "place", place);
        add(uri, "km", place == null ? null : km);
        add(uri, "domain", domain == null ? null : domain.name());
        add(uri, "free", free ? "true" : null);
        add(uri, "reduced", reduced ? "true" : null);
        day.forEach(d -> uri.queryParam("day", d.name()));
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "language", language);
        add(uri, "page", withPage && page > 1 ? page : null);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    /** Each day once, Monday first, so that the same days make the same URL. */
    private static List<DayOfWeek> days(List<DayOfWeek> days) {
        var set = EnumSet.noneOf(DayOfWeek.class);
        if (days != null) {
            days.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return List.copyOf(set);
    }
}
