package org.stiel.accounts;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.stiel.network.NetworkId;

/**
 * A person's place in one network.
 *
 * <p>The partner is kept as a nullable UUID rather than an {@code Optional}: memberships travel in the HTTP session
 * (Spring Session JDBC serializes it), and {@code Optional} is not serializable.
 *
 * @param partner the partner organisation a staff member works for; null for other roles. A plain UUID because the
 *     partners module depends on this one, not the other way round.
 */
public record Membership(NetworkId networkId, String networkName, NetworkRole role, UUID partner)
        implements Serializable {

    public Membership(NetworkId networkId, String networkName, NetworkRole role, Optional<UUID> partnerId) {
        this(networkId, networkName, role, partnerId.orElse(null));
    }

    /** The partner organisation a staff member works for; empty for other roles. */
    public Optional<UUID> partnerId() {
        return Optional.ofNullable(partner);
    }
}
