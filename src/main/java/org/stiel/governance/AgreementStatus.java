package org.stiel.governance;

import java.time.LocalDate;

/** Where an agreement stands on a given day. */
public enum AgreementStatus {
    ACTIVE,
    EXPIRES_SOON,
    EXPIRED,
    UNSIGNED;

    /** How far ahead an ending agreement counts as expiring soon, and its renewal is reminded. */
    public static final int SOON_DAYS = 60;

    static AgreementStatus of(LocalDate signedOn, LocalDate endsOn, LocalDate today) {
        if (endsOn.isBefore(today)) {
            return EXPIRED;
        }
        if (signedOn == null) {
            return UNSIGNED;
        }
        return endsOn.isAfter(today.plusDays(SOON_DAYS)) ? ACTIVE : EXPIRES_SOON;
    }

    /** Whether the coordinator should look at it. */
    public boolean needsAttention() {
        return this != ACTIVE;
    }
}
