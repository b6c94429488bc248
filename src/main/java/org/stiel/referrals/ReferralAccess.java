package org.stiel.referrals;

import java.util.Optional;
import java.util.UUID;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

/**
 * Who may see what, one place for every API class of the module: partner staff see their own partner's referrals,
 * the coordinator the numbers; anyone else is refused (403) and a draft does not exist for its recipient (404).
 */
final class ReferralAccess {

    private ReferralAccess() {}

    static Optional<UUID> staffPartner(StielUser user) {
        if (!user.is(NetworkRole.PARTNER_STAFF)) {
            return Optional.empty();
        }
        return user.current().flatMap(Membership::partnerId);
    }

    /** The reader's partner; {@code networkId()} first, so that a user without a current network is refused. */
    static UUID requireStaff(StielUser user) {
        user.networkId();
        return staffPartner(user).orElseThrow(() -> new ForbiddenException("Only partner staff handle referrals"));
    }

    static void requireCoordinator(StielUser user) {
        user.networkId();
        Require.coordinator(user);
    }

    /**
     * The reader's end of the referral. Anyone else of the network is refused; for the recipient a draft does not
     * exist yet.
     */
    static ReferralSide side(StielUser actor, Referral referral) {
        UUID own = staffPartner(actor).orElseThrow(() -> new ForbiddenException("Not a partner of this referral"));
        ReferralSide side = referral.sideOf(own);
        if (side == null) {
            throw new ForbiddenException("Not a partner of this referral");
        }
        if (side == ReferralSide.RECIPIENT && referral.status() == ReferralStatus.DRAFT) {
            throw new NotFoundException("Referral");
        }
        return side;
    }
}
