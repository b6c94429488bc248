package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.offer.SchoolHoliday;
import org.stiel.offer.SchoolHolidayCalendar;
import org.stiel.platform.StielTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's offer: about a hundred services and activities of the demo partners ({@code demo/offers.json}), the
 * school holidays (the invented postcodes are the demo's invented places, network.Places). All of it is invented.
 */
@Component
@Order(10)
class OfferDemo implements DemoStep {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * The Flemish school holidays of the school year 2026-2027 as the demo's networks keep them. The demo's; a real
     * network enters them from the official calendar of the Flemish education department.
     */
    static final List<SchoolHoliday> SCHOOL_HOLIDAYS_2026_2027 = List.of(
            new SchoolHoliday("Herfstvakantie", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 8)),
            new SchoolHoliday("Wapenstilstand", LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11)),
            new SchoolHoliday("Kerstvakantie", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3)),
            new SchoolHoliday("Krokusvakantie", LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 21)),
            new SchoolHoliday("Paasvakantie", LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 11)),
            new SchoolHoliday("Dag van de Arbeid", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1)),
            new SchoolHoliday("Hemelvaart", LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 7)),
            new SchoolHoliday("Pinkstermaandag", LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 17)),
            new SchoolHoliday("Zomervakantie", LocalDate.of(2027, 7, 3), LocalDate.of(2027, 8, 31)));

    private final Offers offers;
    private final SchoolHolidayCalendar schoolHolidays;
    private final Validator validator;
    private final Clock clock;

    OfferDemo(Offers offers, SchoolHolidayCalendar schoolHolidays, Validator validator, Clock clock) {
        this.offers = offers;
        this.schoolHolidays = schoolHolidays;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public void load(Loaded demo) {
        var file = read();
        for (String network : demo.networks().keySet()) {
            schoolHolidays.replace(DemoLoader.system(demo.network(network)), SCHOOL_HOLIDAYS_2026_2027);
        }
        LocalDate today = StielTime.today(clock);
        for (var entry : file.offers()) {
            var network = demo.network(entry.network());
            var partner = demo.partner(entry.partner());
            List<OfferView.Place> places = offers.locationsOf(network, partner);
            OfferForm form = entry.offer();
            form.setLocationIds(
                    entry.places().stream().map(i -> places.get(i).id()).toList());
            // stale ones were last confirmed long ago; the others recently, on a different day each
            form.setLastVerified(today.minusDays(
                    entry.verifiedDaysAgo() != null
                            ? entry.verifiedDaysAgo()
                            : Math.floorMod(form.getName().hashCode(), 90)));
            var violations = validator.validate(form);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid demo offer " + form.getName() + ": "
                        + violations.stream()
                                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                .collect(Collectors.joining("; ")));
            }
            offers.register(DemoLoader.system(network), partner, form);
        }
    }

    private static OffersFile read() {
        try (InputStream in = new ClassPathResource("demo/offers.json").getInputStream()) {
            return JSON.readValue(in, OffersFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/offers.json", e);
        }
    }

    /** {@code comment} says what is invented, for the human reader. */
    record OffersFile(String comment, List<DemoOffer> offers) {}

    /**
     * @param places indexes into the partner's locations
     * @param verifiedDaysAgo when the offer was last confirmed as correct; empty means lately
     */
    record DemoOffer(String network, String partner, List<Integer> places, Integer verifiedDaysAgo, OfferForm offer) {

        DemoOffer {
            places = places == null ? List.of() : places;
        }
    }
}
