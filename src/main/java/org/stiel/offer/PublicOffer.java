package org.stiel.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerId;

/**
 * A published offer as families see it. It carries the offer's own, functional contact (a desk, a shared address)
 * and nothing about the partner's staff or contact persons, nor the internal fields (version, reach, published).
 *
 * @param schedules opening hours and dates, as described by the partner
 * @param closures days it does not take place, from today on
 * @param lastVerified when the partner last confirmed it as correct
 */
public record PublicOffer(
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
        List<OfferView.CostOption> costOptions,
        List<String> languages,
        boolean interpretation,
        String accessibility,
        boolean registrationRequired,
        String registrationHow,
        String registrationUrl,
        Integer placesLeft,
        Pillar pillar,
        Set<LifeDomain> lifeDomains,
        OfferStatus status,
        boolean online,
        String onlineUrl,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<OfferView.Place> locations,
        List<OfferView.Schedule> schedules,
        List<OfferView.Closure> closures,
        LocalDate lastVerified) {

    static PublicOffer of(OfferView view, LocalDate today) {
        return new PublicOffer(
                view.id(),
                view.partnerId(),
                view.partnerName(),
                view.kind(),
                view.name(),
                view.description(),
                view.audiences(),
                view.ageMinMonths(),
                view.ageMaxMonths(),
                view.cost(),
                view.price(),
                view.reducedTariff(),
                view.costNotes(),
                view.costOptions(),
                view.languages(),
                view.interpretation(),
                view.accessibility(),
                view.registrationRequired(),
                view.registrationHow(),
                view.registrationUrl(),
                view.placesLeft(),
                view.pillar(),
                view.lifeDomains(),
                view.status(),
                view.online(),
                view.onlineUrl(),
                view.contactName(),
                view.contactEmail(),
                view.contactPhone(),
                view.locations(),
                view.schedules(),
                view.closures().stream()
                        .filter(c -> !c.toDate().isBefore(today))
                        .toList(),
                view.lastVerified());
    }
}
