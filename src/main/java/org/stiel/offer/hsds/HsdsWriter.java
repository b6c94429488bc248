package org.stiel.offer.hsds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.stiel.offer.Frequency;
import org.stiel.offer.OfferView;
import org.stiel.partners.PartnerView;

/**
 * Stiel's offer as HSDS 3.0 objects (maps, serialised as they are). Only what families may see: a partner's contact
 * people are never written, the offer's functional contact ("Onthaal") is. Empty values are left out.
 */
final class HsdsWriter {

    static final String VERSION = "3.0";
    static final String PRICE_OPTION = "Prijs";
    private static final String WEEK = "MO,TU,WE,TH,FR,SA,SU";

    private HsdsWriter() {}

    /** A service with its one-to-one fields only, as in a list. */
    static Map<String, Object> serviceSummary(OfferView offer) {
        var s = new Obj();
        s.put("id", offer.id().value());
        s.put("organization_id", offer.partnerId().value());
        s.put("name", offer.name());
        s.put("description", offer.description());
        s.put("url", offer.registrationUrl());
        s.put("email", offer.contactEmail());
        s.put("status", status(offer));
        s.put("interpretation_services", offer.interpretation() ? "Tolk mogelijk" : null);
        s.put("application_process", offer.registrationHow());
        s.put("fees_description", offer.costNotes());
        s.put("minimum_age", years(offer.ageMinMonths()));
        s.put("maximum_age", years(offer.ageMaxMonths()));
        s.put(
                "assured_date",
                offer.lastVerified() == null ? null : offer.lastVerified().toString());
        s.put("last_modified", timestamp(offer));
        return s;
    }

    /** A service fully nested: schedules, places, costs, languages, contact and the taxonomy attributes. */
    static Map<String, Object> service(OfferView offer, PartnerView partner) {
        var s = serviceSummary(offer);
        UUID id = offer.id().value();
        if (offer.contactPhone() != null) {
            s.put(
                    "phones",
                    List.of(new Obj()
                            .with("id", HsdsIds.child(id, "phone"))
                            .with("service_id", id)
                            .with("number", offer.contactPhone())));
        }
        s.put(
                "schedules",
                offer.schedules().stream().map(row -> schedule(id, row)).toList());
        s.put(
                "service_at_locations",
                offer.locations().stream()
                        .map(place -> serviceAtLocation(offer, place, true))
                        .toList());
        s.put(
                "languages",
                offer.languages().stream()
                        .map(code -> new Obj()
                                .with("id", HsdsIds.child(id, "language:" + code))
                                .with("service_id", id)
                                .with("name", Locale.of(code).getDisplayLanguage(Locale.of("nl")))
                                .with("code", code))
                        .toList());
        if (partner != null) {
            s.put("organization", organization(partner, false));
        }
        s.put("cost_options", costOptions(offer));
        if (offer.contactName() != null || offer.contactEmail() != null) {
            s.put(
                    "contacts",
                    List.of(new Obj()
                            .with("id", HsdsIds.child(id, "contact"))
                            .with("service_id", id)
                            .with("name", offer.contactName())
                            .with("email", offer.contactEmail())));
        }
        s.put("attributes", HsdsAttributes.of(offer));
        return s;
    }

    static Map<String, Object> serviceAtLocation(OfferView offer, OfferView.Place place, boolean withLocation) {
        var sal = new Obj()
                .with("id", HsdsIds.serviceAtLocation(offer.id().value(), place.id()))
                .with("service_id", offer.id().value())
                .with("location_id", place.id());
        if (withLocation) {
            sal.put(
                    "location",
                    location(
                            place.id(),
                            offer.partnerId().value(),
                            place.name(),
                            place.street(),
                            place.postcode(),
                            place.city(),
                            place.latitude(),
                            place.longitude()));
        }
        return sal;
    }

    static Map<String, Object> location(
            UUID id,
            UUID organization,
            String name,
            String street,
            String postcode,
            String city,
            Double latitude,
            Double longitude) {
        return new Obj()
                .with("id", id)
                .with("location_type", "physical")
                .with("organization_id", organization)
                .with("name", name)
                .with("latitude", latitude)
                .with("longitude", longitude)
                .with(
                        "addresses",
                        List.of(new Obj()
                                .with("id", HsdsIds.child(id, "address"))
                                .with("location_id", id)
                                .with("address_1", street)
                                .with("city", city)
                                // HSDS requires a state or province; Stiel keeps none, and every network is Flemish
                                .with("state_province", "Vlaanderen")
                                .with("postal_code", postcode)
                                .with("country", "BE")
                                .with("address_type", "physical")));
    }

    /**
     * An organization. Its contact people are left out on purpose: they are persons, and the API is public. Its
     * locations ids are those of the partner's places, as the services' service_at_locations name them.
     */
    static Map<String, Object> organization(PartnerView partner, boolean withLocations) {
        return organization(partner, withLocations, List.of());
    }

    static Map<String, Object> organization(PartnerView partner, boolean withLocations, List<OfferView.Place> places) {
        var o = new Obj()
                .with("id", partner.id().value())
                .with("name", partner.name())
                // required by HSDS; a partner without a description gets its name
                .with("description", partner.description() == null ? partner.name() : partner.description())
                .with("website", partner.website());
        if (withLocations) {
            o.put(
                    "locations",
                    places.stream()
                            .map(p -> location(
                                    p.id(),
                                    partner.id().value(),
                                    p.name(),
                                    p.street(),
                                    p.postcode(),
                                    p.city(),
                                    p.latitude(),
                                    p.longitude()))
                            .toList());
        }
        return o;
    }

    static Map<String, Object> schedule(UUID service, OfferView.Schedule row) {
        var s = new Obj().with("id", row.id()).with("service_id", service);
        s.put("valid_from", date(row.validFrom()));
        s.put("valid_to", date(row.validTo()));
        s.put("dtstart", date(row.dtstart()));
        if (row.freq() == Frequency.DAILY && (row.interval() == null || row.interval() == 1)) {
            // HSDS knows WEEKLY and MONTHLY only: every day is every day of the week
            s.put("freq", "WEEKLY");
            s.put("byday", WEEK);
        } else if (row.freq() == Frequency.DAILY) {
            // every n days has no HSDS form; n weeks apart from the first day is the nearest and says so
            s.put("freq", "WEEKLY");
            s.put("interval", row.interval());
        } else if (row.freq() != null) {
            s.put("freq", row.freq().name());
            s.put("interval", row.interval());
            s.put("byday", row.byday());
        }
        if (row.freq() != Frequency.DAILY) {
            s.put("byday", row.byday());
        }
        s.put("bymonthday", row.bymonthday() == null ? null : row.bymonthday().toString());
        s.put("count", row.count());
        s.put("until", date(row.until()));
        s.put("opens_at", row.opensAt() == null ? null : row.opensAt().toString());
        s.put("closes_at", row.closesAt() == null ? null : row.closesAt().toString());
        s.put("description", row.description());
        s.put("notes", row.notes());
        return s;
    }

    static List<Map<String, Object>> costOptions(OfferView offer) {
        UUID id = offer.id().value();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (offer.price() != null) {
            rows.add(new Obj()
                    .with("id", HsdsIds.child(id, "price"))
                    .with("service_id", id)
                    .with("option", PRICE_OPTION)
                    .with("currency", "EUR")
                    .with("amount", offer.price()));
        }
        int i = 0;
        for (var option : offer.costOptions()) {
            rows.add(new Obj()
                    .with("id", HsdsIds.child(id, "cost_option:" + i++))
                    .with("service_id", id)
                    .with("option", option.option())
                    .with("currency", option.currency())
                    .with("amount", option.amount()));
        }
        return rows;
    }

    private static String status(OfferView offer) {
        return switch (offer.status()) {
            case ACTIVE -> "active";
            case TEMPORARILY_CLOSED -> "temporarily closed";
            case ENDED -> "defunct";
        };
    }

    /** Months as years with two decimals: 5 months is 0.42, which multiplies back to 5. */
    static BigDecimal years(Integer months) {
        return months == null
                ? null
                : BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String timestamp(OfferView offer) {
        return offer.updatedAt() == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        offer.updatedAt().atOffset(ZoneOffset.UTC));
    }

    /** A JSON object that leaves out nulls, keeping the order of its fields. */
    static final class Obj extends LinkedHashMap<String, Object> {
        Obj with(String key, Object value) {
            put(key, value);
            return this;
        }

        @Override
        public Object put(String key, Object value) {
            if (value == null) {
                return remove(key);
            }
            return super.put(key, value instanceof UUID uuid ? uuid.toString() : value);
        }
    }
}
