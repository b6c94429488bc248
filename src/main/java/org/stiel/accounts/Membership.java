package org.stiel.accounts;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.stiel.network.NetworkId;

/**
 * A person's place in one network.
 *
 * @param partnerId the partner organisation a staff member works for; empty for other roles. A plain UUID because
 *     the partners module depends on this one, not the other way round.
 */
public record Membership(NetworkId networkId, String networkName, NetworkRole role, Optional<UUID> partnerId)
        implements Serializable {}
