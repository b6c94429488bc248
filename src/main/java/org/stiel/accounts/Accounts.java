package org.stiel.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/** The accounts module's API: people and their memberships. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final StielUserDetailsService details;

    Accounts(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, StielUserDetailsService details) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.details = details;
    }

    /**
     * Creates an account with a password, for installation set-up and demo data; people normally join through an
     * invitation.
     */
    @Transactional
    public UserId register(String email, String displayName, String password, boolean admin) {
        policy.check(password, email).ifPresent(rule -> {
            throw new IllegalArgumentException("Password breaks rule " + rule);
        });
        return new UserId(users.save(User.create(email, displayName, encoder.encode(password), admin))
                .id());
    }

    @Transactional
    public void join(UserId user, NetworkId network, NetworkRole role, Optional<UUID> partnerId) {
        var account = users.findById(user.value()).orElseThrow(() -> new NotFoundException("User"));
        account.join(network, role, partnerId);
        users.save(account);
    }

    public Optional<UserId> findByEmail(String email) {
        return users.findByEmail(email).map(user -> new UserId(user.id()));
    }

    public List<MemberView> members(NetworkId network) {
        return users.findMembersOf(network.value()).stream()
                .map(user -> {
                    var membership = user.membershipIn(network).orElseThrow();
                    return new MemberView(
                            new UserId(user.id()),
                            user.displayName(),
                            user.email(),
                            membership.role(),
                            Optional.ofNullable(membership.partnerId()));
                })
                .toList();
    }

    /** The same person, reloaded, working in the given network (after a switch or a change of memberships). */
    public StielUser reload(UserId id, NetworkId network) {
        return users.findById(id.value())
                .map(user -> details.toStielUser(user, Optional.of(network)))
                .orElseThrow(() -> new NotFoundException("User"));
    }
}
