package org.stiel.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/**
 * The logged-in person and the network they are working in now. Authorities follow the role in that network, so a
 * person who is coordinator in one network and volunteer in another has only the rights of the current one.
 *
 * <p>Kept in the HTTP session (Spring Session JDBC), hence serializable and free of the password after login.
 */
public final class StielUser implements Actor, UserDetails, CredentialsContainer {

    // the value computed for the class before it became an Actor: sessions stored then still load
    private static final long serialVersionUID = 2542503034679196927L;

    private final UserId id;
    private final String email;
    private final String displayName;
    private final boolean admin;
    private final List<Membership> memberships;
    private final NetworkId currentNetwork;
    private String passwordHash;

    public StielUser(
            UserId id,
            String email,
            String displayName,
            boolean admin,
            List<Membership> memberships,
            NetworkId currentNetwork,
            String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.admin = admin;
        this.memberships = List.copyOf(memberships);
        this.currentNetwork = currentNetwork;
        this.passwordHash = passwordHash;
    }

    public UserId id() {
        return id;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Optional<StielUser> person() {
        return Optional.of(this);
    }

    public boolean admin() {
        return admin;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    /** The membership of the network being worked in, if the person belongs to any. */
    public Optional<Membership> current() {
        return memberships.stream()
                .filter(m -> m.networkId().equals(currentNetwork))
                .findFirst();
    }

    /**
     * The network every query of this request is scoped to. Answers 404 for a person without a network (an admin
     * only), the same as for data of another network.
     */
    @Override
    public NetworkId networkId() {
        return current().map(Membership::networkId).orElseThrow(() -> new NotFoundException("Network"));
    }

    public Optional<NetworkRole> role() {
        return current().map(Membership::role);
    }

    public boolean is(NetworkRole role) {
        return role().filter(role::equals).isPresent();
    }

    /** Whether this person works for the given partner organisation in the current network. */
    public boolean worksFor(UUID partnerId) {
        return is(NetworkRole.PARTNER_STAFF)
                && current()
                        .flatMap(Membership::partnerId)
                        .filter(partnerId::equals)
                        .isPresent();
    }

    /** The same person working in another of their networks. */
    public StielUser switchTo(NetworkId network) {
        if (memberships.stream().noneMatch(m -> m.networkId().equals(network))) {
            throw new NotFoundException("Network");
        }
        return new StielUser(id, email, displayName, admin, memberships, network, null);
    }

    /**
     * The rights a personal access token carries: the owner's role in the token's network only, never the
     * installation admin's.
     */
    public StielUser forAccessToken() {
        return new StielUser(
                id,
                email,
                displayName,
                false,
                memberships.stream()
                        .filter(m -> m.networkId().equals(currentNetwork))
                        .toList(),
                currentNetwork,
                null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (admin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        current().ifPresent(m -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
            authorities.add(new SimpleGrantedAuthority(m.role().authority()));
        });
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StielUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        // no e-mail or name: this may end up in logs
        return "StielUser[" + id + "]";
    }
}
