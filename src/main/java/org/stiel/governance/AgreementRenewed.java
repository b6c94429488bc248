package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A signed cooperation agreement was extended: it now ends later (or no longer ends). Only the fact and the new end
 * travel, not what the agreement says.
 *
 * @param endsOn the new end, or {@code null} when it runs on without one
 * @param partnerName the partner's name, as the network's directory shows it
 * @param occurredAt when it was entered, to the microsecond (see {@link DecisionRecorded})
 */
public record AgreementRenewed(
        NetworkId network,
        AgreementId agreement,
        PartnerId partner,
        String partnerName,
        LocalDate endsOn,
        Instant occurredAt) {

    public AgreementRenewed {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
