package org.stiel.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.stiel.partners.PartnerId;

/**
 * A cooperation agreement in full, for the coordinator and the partner's own staff.
 *
 * @param document the attached PDF's name and size, if one is attached
 */
public record AgreementView(
        AgreementId id,
        PartnerId partner,
        String partnerName,
        String partnerCommits,
        String networkOffers,
        LocalDate startsOn,
        LocalDate endsOn,
        Optional<LocalDate> signedOn,
        AgreementStatus status,
        Optional<DocumentInfo> document,
        long version) {

    /** An attached document, without its content. */
    public record DocumentInfo(String fileName, int sizeBytes) {}
}
