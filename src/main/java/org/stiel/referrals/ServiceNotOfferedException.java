package org.stiel.referrals;

/**
 * The service named on a referral is not an active service of the recipient partner in the current network (another
 * partner's, another network's, an activity, an ended offer, or no offer at all). Nothing is written.
 */
public class ServiceNotOfferedException extends IllegalArgumentException {

    public ServiceNotOfferedException(String message) {
        super(message);
    }
}
