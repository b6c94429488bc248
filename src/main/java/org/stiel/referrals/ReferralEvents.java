package org.stiel.referrals;

import java.time.Instant;
import java.util.Optional;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/** The events of a referral's step, ids only; built where the referral is saved. */
final class ReferralEvents {

    private ReferralEvents() {}

    /** What the step that brought the referral to its current status means to others, if anything. */
    static Optional<Object> of(Referral referral, Instant now) {
        var network = new NetworkId(referral.networkId());
        var id = new ReferralId(referral.id());
        var sender = new PartnerId(referral.senderPartnerId());
        var recipient = new PartnerId(referral.recipientPartnerId());
        var status = referral.status();
        if (status == ReferralStatus.SENT) {
            return Optional.of(new ReferralSent(network, id, sender, recipient, now));
        }
        if (status == ReferralStatus.ACCEPTED) {
            return Optional.of(new ReferralAccepted(network, id, sender, recipient, now));
        }
        if (status.terminal()) {
            return Optional.of(new ReferralClosed(network, id, sender, recipient, status, now));
        }
        return Optional.empty();
    }
}
