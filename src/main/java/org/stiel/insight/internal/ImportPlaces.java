package org.stiel.insight.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.network.Place;
import org.stiel.network.Places;

/**
 * Where a row of an import belongs: the network's municipality (its 2025 code) that a code of a file stands for,
 * also a code of before the mergers of 2025, or why the row is skipped. One {@link Lookup} per import, which asks
 * the reference list once per distinct code or name, so that 600 000 rows cost some hundred queries.
 */
@Component
public class ImportPlaces {

    private static final Pattern CODE = Pattern.compile("\\d{5}");

    /**
     * Statbel's codes of Flemish provinces (1, 23, 24, 3, 4, 7) and the invented 99xxx: a code there that the
     * reference list does not know is a mistake; elsewhere (Brussels, Wallonia) it is a municipality outside
     * Flanders, so outside every network.
     */
    private static final Pattern FLEMISH_OR_INVENTED = Pattern.compile("(1|23|24|3|4|7)\\d+|99\\d{3}");

    private final Places places;
    private final Networks networks;

    ImportPlaces(Places places, Networks networks) {
        this.places = places;
        this.networks = networks;
    }

    /** A lookup for one import into this network. */
    public Lookup lookup(NetworkId network) {
        Map<String, Place> own = new HashMap<>();
        for (var municipality : networks.get(network).municipalities()) {
            if (municipality.listed()) {
                places.find(municipality.nisCode()).ifPresent(place -> own.put(place.nisCode(), place));
            }
        }
        return new Lookup(own);
    }

    /** Where a code or a name leads. */
    public sealed interface Where {}

    /** A municipality of the network (its 2025 code), given under {@code sourceCode}. */
    public record Ours(String nisCode, String sourceCode) implements Where {}

    /** A real municipality, but not one of the network's. */
    public record Outside(String code) implements Where {}

    /** A code or name the reference list does not know. */
    public record Unknown(String given) implements Where {}

    /** The lookups of one import, remembered per code and per name. */
    public final class Lookup {

        private final Map<String, Place> own;
        private final Map<String, Where> byCode = new HashMap<>();
        private final Map<String, Where> byName = new HashMap<>();

        private Lookup(Map<String, Place> own) {
            this.own = own;
        }

        /** The parts of a merged municipality of the network (its codes of before 2025), empty for others. */
        public Set<String> partsOf(String nisCode) {
            var place = own.get(nisCode);
            return place == null ? Set.of() : Set.copyOf(place.mergedFrom());
        }

        /** The name of a municipality of the network, for the preview. */
        public String nameOf(String nisCode) {
            var place = own.get(nisCode);
            return place == null ? nisCode : place.name();
        }

        /** A code as a file gives it ("44012", or "4012" where a spreadsheet dropped the leading zero). */
        public Where code(String given) {
            String code = given.strip();
            if (code.matches("\\d{4}")) {
                code = "0" + code;
            }
            String key = code;
            return byCode.computeIfAbsent(key, this::resolveCode);
        }

        /** A municipality given by its name (accents and case aside), or by its code when the cell holds one. */
        public Where codeOrName(String given) {
            String value = given.strip();
            if (value.matches("\\d{4,5}")) {
                return code(value);
            }
            return byName.computeIfAbsent(plain(value), key -> resolveName(value, key));
        }

        private Where resolveCode(String code) {
            if (!CODE.matcher(code).matches()) {
                return new Unknown(code);
            }
            Optional<String> current = places.currentCode(code);
            if (current.isPresent()) {
                return own.containsKey(current.get()) ? new Ours(current.get(), code) : new Outside(code);
            }
            return FLEMISH_OR_INVENTED.matcher(code).matches() ? new Unknown(code) : new Outside(code);
        }

        private Where resolveName(String given, String plain) {
            for (var place : places.search(given, 10)) {
                if (plain(place.name()).equals(plain)
                        || (place.nameFr() != null && plain(place.nameFr()).equals(plain))) {
                    return own.containsKey(place.nisCode())
                            ? new Ours(place.nisCode(), place.nisCode())
                            : new Outside(place.nisCode());
                }
            }
            return new Unknown(given);
        }
    }

    /** Lower case without accents or punctuation: "Sint-Niklaas" and "sint niklaas" are the same. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
