package org.stiel.insight;

/**
 * Why a municipality, domain and band is a gap (docs/adr/0029; thresholds in {@code internal.GapRules}). The weight
 * of the strongest reason multiplies the need in the score. Message keys: {@code gapReason.NAME}.
 */
public enum GapReason {
    /** No offer of the domain for the band within 5 km of the municipality's centre. */
    NO_OFFER_NEARBY(3),
    /** Offers per 1 000 children below half the network's rate for the domain and band. */
    LOW_RATE(2),
    /** At least 3 referrals declined for lack of offer in the last 12 months. */
    DECLINES(1),
    /** There are offers, but none confirmed as correct in the time the offer module calls stale. */
    STALE_ONLY(1);

    private final int weight;

    GapReason(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
