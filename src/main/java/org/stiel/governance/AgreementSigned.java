package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A partner's cooperation agreement got its signing date. Only the fact travels: what the agreement says stays with
 * the coordinator and the partner.
 *
 * @param partnerName the partner's name, as the network's directory shows it
 * @param occurredAt when it was entered, to the microsecond (see {@link DecisionRecorded})
 */
public record AgreementSigned(
        NetworkId network,
        AgreementId agreement,
        PartnerId partner,
        String partnerName,
        LocalDate signedOn,
        Instant occurredAt) {

    public AgreementSigned {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
