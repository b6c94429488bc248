package org.stiel.accounts;

import java.util.Optional;
import java.util.UUID;

/** A person in a network, as the network's pages show them. */
public record MemberView(UserId id, String displayName, String email, NetworkRole role, Optional<UUID> partnerId) {}
