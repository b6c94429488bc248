package org.stiel.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;

/**
 * Loads a person with their memberships (listed by network name) and the network they start in, and stores a
 * stronger hash of their password when they log in with one made under older settings.
 */
@Component
class StielUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;
    private final Networks networks;

    StielUserDetailsService(UserRepository users, Networks networks) {
        this.users = users;
        this.networks = networks;
    }

    @Override
    @Transactional(readOnly = true)
    public StielUser loadUserByUsername(String email) {
        return users.findByEmail(email.strip())
                .filter(user -> user.passwordHash() != null)
                .map(user -> toStielUser(user, Optional.empty()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /** Called by Spring Security after a successful login whose hash has weaker settings than the encoder's. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        if (user instanceof StielUser stiel) {
            users.rehashPassword(stiel.id().value(), stiel.getPassword(), newPasswordHash);
        }
        return user;
    }

    StielUser toStielUser(User user, Optional<NetworkId> preferred) {
        List<Membership> memberships = user.memberships().stream()
                .map(row -> {
                    NetworkView network = networks.get(new NetworkId(row.networkId()));
                    return new Membership(network.id(), network.name(), row.role(), row.partnerId());
                })
                .sorted(Comparator.comparing(Membership::networkName))
                .toList();
        // without a preference, a person starts in the network they joined first: their home network
        NetworkId current = preferred
                .filter(p -> memberships.stream().anyMatch(m -> m.networkId().equals(p)))
                .or(() -> user.memberships().stream()
                        .min(Comparator.comparing(User.MembershipRow::createdAt))
                        .map(row -> new NetworkId(row.networkId())))
                .orElse(null);
        return new StielUser(
                new UserId(user.id()),
                user.email(),
                user.displayName(),
                user.admin(),
                memberships,
                current,
                user.passwordHash());
    }
}
