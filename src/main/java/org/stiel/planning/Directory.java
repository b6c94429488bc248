package org.stiel.planning;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;

/** Names of a network's partners and members, looked up once per page rather than once per row. */
final class Directory {

    private final Partners partners;
    private final Accounts accounts;
    private final NetworkId network;
    private Map<UUID, String> partnerNames;
    private Map<UUID, MemberView> members;

    Directory(Partners partners, Accounts accounts, NetworkId network) {
        this.partners = partners;
        this.accounts = accounts;
        this.network = network;
    }

    /** The partner's name, or empty when it is not (or no longer) a partner of the network. */
    String partner(UUID id) {
        if (id == null) {
            return "";
        }
        if (partnerNames == null) {
            partnerNames = partners.search(network, PartnerSearch.all()).stream()
                    .collect(Collectors.toMap(p -> p.id().value(), PartnerSummary::name, (a, b) -> a));
        }
        return partnerNames.getOrDefault(id, "");
    }

    boolean isPartner(UUID id) {
        return !partner(id).isEmpty();
    }

    /** The member's display name, or empty when not a member of the network. */
    String member(UUID id) {
        if (id == null) {
            return "";
        }
        var member = members().get(id);
        return member == null ? "" : member.displayName();
    }

    boolean isMember(UUID id) {
        return members().containsKey(id);
    }

    private Map<UUID, MemberView> members() {
        if (members == null) {
            members = accounts.members(network).stream()
                    .collect(Collectors.toMap(m -> m.id().value(), Function.identity(), (a, b) -> a));
        }
        return members;
    }
}
