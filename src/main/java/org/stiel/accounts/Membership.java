package org.stiel.accounts;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.stiel.network.NetworkId;

/**
 * A person's place in one network.
 *
 * @param staffOf the partner organisation a staff member works for, {@code null} for other roles. A plain UUID
 *     because the partners module depends on this one, not the other way round; nullable rather than
 *     {@code Optional} because memberships are kept in the (serialized) session.
 */
public record Membership(NetworkId networkId, String networkName, NetworkRole role, UUID staffOf)
        implements Serializable {

    /** The partner organisation a staff member works for. */
    public Optional<UUID> partnerId() {
        return Optional.ofNullable(staffOf);
    }
}
