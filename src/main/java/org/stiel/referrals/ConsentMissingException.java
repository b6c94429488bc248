package org.stiel.referrals;

/**
 * A referral cannot be sent without a complete consent record, or while the network has no consent text (answered
 * with 422).
 */
public class ConsentMissingException extends RuntimeException {

    public ConsentMissingException(String message) {
        super(message);
    }
}
