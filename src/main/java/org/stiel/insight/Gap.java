package org.stiel.insight;

import java.util.List;
import java.util.UUID;

/**
 * Supply held against need for one municipality, life domain and age band, with the reasons that make it a gap (none:
 * the offer meets the need as far as the rules see) and its score. Counts only, no personal data.
 *
 * @param children children in the band (the latest year's figure), {@code null} when the network has no figure
 * @param deprivation the latest deprivation index in percent, {@code null} when unknown
 * @param universalOffers active, published offers for every family that take place in the municipality
 * @param extraOffers active, published offers for families who need more
 * @param places the capacity of those offers (offers without a capacity count none)
 * @param sessions their occurrences in the next three months
 * @param nearestKm from the municipality's centre to the nearest location of any offer of the domain and band in the
 *     network, {@code null} when there is none (or the centre is unknown)
 * @param staleOffers those offers that are stale
 * @param declinedCapacity referrals declined for lack of capacity in the last 12 months (the domain's, in every band)
 * @param declinedNoFit referrals declined because no offer fits
 * @param declinedWaiting referrals declined for a waiting list
 * @param offersPer1000 offers per 1 000 children, {@code null} without a children figure
 * @param networkOffersPer1000 the same for the whole network in this domain and band
 * @param note the coordinator's note, if any
 * @param challenge the plan's challenge started from this gap, if any
 */
public record Gap(
        GapKey key,
        String municipality,
        Long children,
        Double deprivation,
        int universalOffers,
        int extraOffers,
        int places,
        int sessions,
        Double nearestKm,
        int staleOffers,
        int declinedCapacity,
        int declinedNoFit,
        int declinedWaiting,
        Double offersPer1000,
        Double placesPer1000,
        Double sessionsPer1000,
        Double networkOffersPer1000,
        List<GapReason> reasons,
        double score,
        String note,
        UUID challenge) {

    public int offers() {
        return universalOffers + extraOffers;
    }

    public int declined() {
        return declinedCapacity + declinedNoFit + declinedWaiting;
    }

    public boolean isGap() {
        return !reasons.isEmpty();
    }
}
