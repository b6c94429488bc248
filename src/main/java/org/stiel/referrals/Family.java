package org.stiel.referrals;

import org.springframework.data.relational.core.mapping.Embedded;

/**
 * The family's contact details and need inside a {@link Referral}: the personal data of a referral, kept together so
 * that erasing them ({@link #erased}) cannot forget a field. Stored in the referral's own columns ({@link Embedded}
 * without prefix).
 */
record Family(
        String contactName,
        String contactPhone,
        String contactEmail,
        PreferredContact preferredContact,
        String language,
        String contactTimes,
        String childrenAges,
        String need) {

    static Family of(ReferralForm form) {
        return new Family(
                trimmed(form.getContactName()),
                trimmed(form.getContactPhone()),
                trimmed(form.getContactEmail()),
                form.getPreferredContact(),
                trimmed(form.getLanguage()),
                trimmed(form.getContactTimes()),
                trimmed(form.getChildrenAges()),
                trimmed(form.getNeed()));
    }

    /** Without anything that names or describes the family; how they prefer contact says nothing about who they are. */
    Family erased() {
        return new Family(null, null, null, preferredContact, null, null, null, null);
    }

    ReferralView.Family view() {
        return new ReferralView.Family(
                contactName, contactPhone, contactEmail, preferredContact, language, contactTimes, childrenAges, need);
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
