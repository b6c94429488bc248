package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/** What an agreement's change means to others, compared with how it stood before; built where it is saved. */
final class AgreementEvents {

    private AgreementEvents() {}

    /** For a new agreement: signed when it came with its signing date. */
    static List<Object> of(NetworkId network, Agreement after, String partnerName, Instant now) {
        return of(network, null, null, after, partnerName, now);
    }

    /**
     * Signed when it got a signing date it did not have; renewed when a signed agreement now ends later, or no longer
     * ends.
     */
    static List<Object> of(
            NetworkId network,
            LocalDate signedBefore,
            LocalDate endsBefore,
            Agreement after,
            String partnerName,
            Instant now) {
        List<Object> events = new ArrayList<>();
        var id = new AgreementId(after.id());
        var partner = new PartnerId(after.partnerId());
        if (after.signedOn() == null) {
            return events;
        }
        if (signedBefore == null) {
            events.add(new AgreementSigned(network, id, partner, partnerName, after.signedOn(), now));
        } else if (endsBefore != null
                && (after.endsOn() == null || after.endsOn().isAfter(endsBefore))) {
            events.add(new AgreementRenewed(network, id, partner, partnerName, after.endsOn(), now));
        }
        return events;
    }
}
