package org.stiel.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerId;

/**
 * An offer with everything about it. {@code version} goes back in a form or API call so that a change made meanwhile
 * by someone else is refused instead of overwritten.
 *
 * @param locations the places of the partner where it takes place (a place the partner removed is left out)
 */
public record OfferView(
        OfferId id,
        PartnerId partnerId,
        String partnerName,
        OfferKind kind,
        String name,
        String description,
        Set<Audience> audiences,
        Integer ageMinMonths,
        Integer ageMaxMonths,
        OfferCost cost,
        BigDecimal price,
        boolean reducedTariff,
        String costNotes,
        List<CostOption> costOptions,
        List<String> languages,
        boolean interpretation,
        String accessibility,
        boolean registrationRequired,
        String registrationHow,
        String registrationUrl,
        Integer capacity,
        Integer placesLeft,
        OfferReach reach,
        Pillar pillar,
        Set<LifeDomain> lifeDomains,
        OfferStatus status,
        boolean online,
        String onlineUrl,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean published,
        LocalDate lastVerified,
        boolean closedInSchoolHolidays,
        List<Place> locations,
        List<Schedule> schedules,
        List<Closure> closures,
        Instant createdAt,
        Instant updatedAt,
        Long version) {

    /** Not confirmed as correct for {@link Offers#STALE_AFTER} or longer on {@code today}. */
    public boolean staleOn(LocalDate today) {
        return Offers.isStale(lastVerified, today);
    }

    public record CostOption(String option, BigDecimal amount, String currency) {}

    /** A location of the partner (HSDS location id = {@code id}). */
    public record Place(
            UUID id, String name, String street, String postcode, String city, Double latitude, Double longitude) {}

    /** One schedule row (HSDS schedule id = {@code id}). */
    public record Schedule(
            UUID id,
            String description,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate dtstart,
            LocalTime opensAt,
            LocalTime closesAt,
            Frequency freq,
            Integer interval,
            String byday,
            Integer bymonthday,
            Integer count,
            LocalDate until,
            String notes) {}

    public record Closure(LocalDate fromDate, LocalDate toDate, String reason) {}
}
