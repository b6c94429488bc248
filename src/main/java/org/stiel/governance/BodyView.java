package org.stiel.governance;

import java.util.List;
import java.util.Optional;
import org.stiel.accounts.UserId;

/**
 * A body of the network as pages and other modules see it.
 *
 * @param chairName the chair's name; empty when the body has no chair
 * @param members the current members only; {@link Bodies#history} gives those who left too
 */
public record BodyView(
        BodyId id,
        String name,
        BodyKind kind,
        String mandate,
        String chairName,
        List<BodyMemberView> members,
        Optional<UserId> chair,
        long version) {

    /** The contract's shape, for callers that know nothing of the chair's id or the version. */
    public BodyView(
            BodyId id, String name, BodyKind kind, String mandate, String chairName, List<BodyMemberView> members) {
        this(id, name, kind, mandate, chairName, members, Optional.empty(), 0);
    }
}
