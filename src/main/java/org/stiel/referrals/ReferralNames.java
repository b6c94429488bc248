package org.stiel.referrals;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;

/**
 * Names of partners, services and people for the rows a page shows, through the other modules' APIs: one query per
 * kind of name, for just the ids on the page, never the whole network.
 */
@Component
class ReferralNames {

    private final Partners partners;
    private final Offers offers;
    private final Accounts accounts;

    ReferralNames(Partners partners, Offers offers, Accounts accounts) {
        this.partners = partners;
        this.offers = offers;
        this.accounts = accounts;
    }

    /** The names for these ids; a kind of id left empty costs no query. */
    Names of(NetworkId network, Collection<UUID> partnerIds, Collection<UUID> offerIds, Collection<UUID> people) {
        Map<UUID, PartnerSummary> partnerMap = new HashMap<>();
        partners.summaries(network, ids(partnerIds).stream().map(PartnerId::new).toList())
                .forEach(p -> partnerMap.put(p.id().value(), p));
        Map<UUID, String> offerMap = new HashMap<>();
        offers.names(network, ids(offerIds).stream().map(OfferId::new).toList())
                .forEach((id, name) -> offerMap.put(id.value(), name));
        Map<UUID, String> peopleMap = new HashMap<>();
        accounts.displayNames(network, ids(people).stream().map(UserId::new).toList())
                .forEach((id, name) -> peopleMap.put(id.value(), name));
        return new Names(partnerMap, offerMap, peopleMap);
    }

    private static Collection<UUID> ids(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** Names by id; an id not found (another network, removed since) reads as "?" or, for a person, nothing. */
    record Names(Map<UUID, PartnerSummary> partners, Map<UUID, String> offers, Map<UUID, String> people) {

        String partner(UUID id) {
            var summary = id == null ? null : partners.get(id);
            return summary == null ? "?" : summary.name();
        }

        /** The partner's name, or {@code null} when unknown: the access log shows "none" then. */
        String partnerOrNull(UUID id) {
            var summary = id == null ? null : partners.get(id);
            return summary == null ? null : summary.name();
        }

        PartnerKind kind(UUID id) {
            var summary = partners.get(id);
            return summary == null ? PartnerKind.OTHER : summary.kind();
        }

        /** A referral keeps naming a service that ended since; {@code null} for no service. */
        String offer(UUID id) {
            if (id == null) {
                return null;
            }
            return offers.getOrDefault(id, "?");
        }

        String person(UUID id) {
            return id == null ? null : people.get(id);
        }
    }
}
