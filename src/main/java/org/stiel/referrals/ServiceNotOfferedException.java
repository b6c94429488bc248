package org.stiel.referrals;

import org.stiel.platform.RuleViolation;

/**
 * The service named on a referral is not an active service of the recipient partner in the current network (another
 * partner's, another network's, an activity, an ended offer, or no offer at all). Nothing is written.
 */
class ServiceNotOfferedException extends RuleViolation {

    public ServiceNotOfferedException() {
        super("offerId", "referrals.service.notOffered");
    }
}
