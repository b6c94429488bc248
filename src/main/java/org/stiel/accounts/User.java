package org.stiel.accounts;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.network.NetworkId;

@Table("app_user")
class User {

    @Id
    private final UUID id;

    private final String email;
    private String displayName;
    private String passwordHash;
    private final boolean admin;
    private final Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "user_id")
    private Set<MembershipRow> memberships = new HashSet<>();

    @PersistenceCreator
    User(
            UUID id,
            String email,
            String displayName,
            String passwordHash,
            boolean admin,
            Instant createdAt,
            Long version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.createdAt = createdAt;
        this.version = version;
    }

    static User create(String email, String displayName, String passwordHash, boolean admin, Instant createdAt) {
        return new User(UUID.randomUUID(), normalise(email), displayName, passwordHash, admin, createdAt, null);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Adds the membership, or changes the role when the person is already in that network. */
    void join(NetworkId network, NetworkRole role, Optional<UUID> partnerId) {
        // a changed role keeps the date joined: it decides which network a person starts in
        Instant joined = membershipIn(network).map(MembershipRow::createdAt).orElseGet(Instant::now);
        memberships.removeIf(m -> m.networkId().equals(network.value()));
        memberships.add(new MembershipRow(network.value(), role, partnerId.orElse(null), joined));
    }

    void leave(NetworkId network) {
        memberships.removeIf(m -> m.networkId().equals(network.value()));
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean admin() {
        return admin;
    }

    Set<MembershipRow> memberships() {
        return memberships;
    }

    Optional<MembershipRow> membershipIn(NetworkId network) {
        return memberships.stream()
                .filter(m -> m.networkId().equals(network.value()))
                .findFirst();
    }

    @Table("membership")
    record MembershipRow(UUID networkId, NetworkRole role, UUID partnerId, Instant createdAt) {}
}
