package org.stiel.referrals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The family's recorded consent inside a {@link Referral}: who gave it, when, how, for what, for which recipient and
 * which version of the consent text they saw. Stored in the referral's {@code consent_*} columns.
 */
record Consent(
        String givenBy,
        LocalDate givenOn,
        ConsentMethod method,
        String purpose,
        UUID recipientId,
        Integer textVersion) {

    static final Consent NONE = new Consent(null, null, null, null, null, null);

    static Consent of(ReferralForm form) {
        if (!form.hasConsent()) {
            return NONE;
        }
        return new Consent(
                Family.trimmed(form.getConsentGivenBy()),
                form.getConsentGivenOn(),
                form.getConsentMethod(),
                Family.trimmed(form.getConsentPurpose()),
                // consent is given for one recipient: recorded, so that it is clear whom the family agreed to
                form.getRecipientPartnerId(),
                form.getConsentTextVersion());
    }

    /** Complete, and given for this recipient: another partner may not rely on it. */
    boolean coversRecipient(UUID recipient) {
        return givenBy != null
                && givenOn != null
                && method != null
                && purpose != null
                && textVersion != null
                && recipient.equals(recipientId);
    }

    /** Without the names in it: the date, the method, the recipient and the text version say nothing about the family. */
    Consent erased() {
        return new Consent(null, givenOn, method, null, recipientId, textVersion);
    }

    /** The consent as shown, or {@code null} when none was recorded. */
    ReferralView.Consent view() {
        return textVersion == null ? null : new ReferralView.Consent(givenBy, givenOn, method, purpose, textVersion);
    }
}
