package org.stiel.governance;

import java.time.LocalDate;
import org.stiel.partners.PartnerId;

/** A line of the agreement list every member sees: whose, which period, where it stands. */
public record AgreementSummary(
        AgreementId id,
        PartnerId partner,
        String partnerName,
        LocalDate startsOn,
        LocalDate endsOn,
        AgreementStatus status,
        boolean hasDocument) {}
