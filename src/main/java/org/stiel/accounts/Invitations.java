package org.stiel.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.CoordinatorNamed;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/**
 * Invitations to join a network with a role. The link in the mail carries a random token; only its SHA-256 is
 * stored, so a copy of the database cannot be used to accept one.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

    static final Duration LIFETIME = Duration.ofDays(7);

    /** An open invitation, as the page behind its link shows it. */
    public record InvitationView(String email, String networkName, NetworkRole role, boolean existingAccount) {}

    /** An invitation not yet accepted, as the network's coordinators see it. */
    public record PendingInvitation(UUID id, String email, NetworkRole role, Instant createdAt, Instant expiresAt) {}

    private record Row(UUID networkId, String email, NetworkRole role, UUID partnerId) {}

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Networks networks;
    private final AccountMails mails;
    private final SessionTerminator sessions;
    private final Clock clock;

    Invitations(
            JdbcClient jdbc,
            UserRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Networks networks,
            AccountMails mails,
            SessionTerminator sessions,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.networks = networks;
        this.mails = mails;
    }

    /**
     * Invites a person into the actor's network and mails them the link.
     *
     * @param actor a coordinator of the network or an admin; the installation when an admin named a coordinator
     * @param partnerId required for, and only for, {@link NetworkRole#PARTNER_STAFF}
     */
    @Transactional
    public void invite(Actor actor, String email, NetworkRole role, Optional<UUID> partnerId) {
        NetworkId network = actor.networkId();
        if ((role == NetworkRole.PARTNER_STAFF) != partnerId.isPresent()) {
            throw RuleViolation.on("role", "members.invite.role.invalid");
        }
        Require.that(actor, by -> mayInvite(by, network), "Only a coordinator invites");
        Optional<StielUser> invitedBy = actor.person();
        String address = User.normalise(email);
        String token = Tokens.random();
        jdbc.sql("insert into invitation (id, network_id, email, role, partner_id, invited_by, token_hash, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        network.value(),
                        address,
                        role.name(),
                        partnerId.orElse(null),
                        invitedBy.map(by -> by.id().value()).orElse(null),
                        Tokens.hash(token),
                        Timestamp.from(clock.instant().plus(LIFETIME)))
                .update();
        mails.invitation(address, networks.get(network).name(), role, token);
    }

    /** The invitation behind a link, if it is known, not yet used and not expired (one answer for all three). */
    public Optional<InvitationView> find(String token) {
        return jdbc.sql("select network_id, email, role, partner_id from invitation"
                        + " where token_hash = ? and accepted_at is null and expires_at > now()")
                .param(Tokens.hash(token))
                .query(Row.class)
                .optional()
                .map(row -> new InvitationView(
                        row.email(),
                        networks.get(new NetworkId(row.networkId())).name(),
                        row.role(),
                        hasAccount(row.email())));
    }

    /**
     * Accepts an invitation: creates the account when the person has none (with the given name and password), adds
     * the membership and uses up the invitation, all at once.
     *
     * @return false when the invitation is unknown, used or expired
     */
    @Transactional
    public boolean accept(String token, String displayName, String password) {
        // claiming the row first makes a second, simultaneous accept of the same link find nothing
        var claimed = jdbc.sql("update invitation set accepted_at = now()"
                        + " where token_hash = ? and accepted_at is null and expires_at > now()"
                        + " returning network_id, email, role, partner_id")
                .param(Tokens.hash(token))
                .query(Row.class)
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        Row row = claimed.get();
        User user = users.findByEmail(row.email()).orElse(null);
        if (user == null || user.passwordHash() == null) {
            policy.check(password, row.email()).ifPresent(rule -> {
                throw RuleViolation.on("password", rule);
            });
            if (displayName == null || displayName.isBlank()) {
                throw RuleViolation.on("displayName", "invitation.name.required");
            }
            if (user == null) {
                user = User.create(row.email(), displayName.strip(), encoder.encode(password), false, clock.instant());
            } else {
                user.rename(displayName.strip());
                user.changePassword(encoder.encode(password));
            }
        }
        user.join(new NetworkId(row.networkId()), row.role(), Optional.ofNullable(row.partnerId()));
        users.save(user);
        // open sessions hold the old memberships: the person logs in again and sees the new network or role
        sessions.endAllSessionsOf(user.email());
        return true;
    }

    /** Invitations of the network that are neither accepted nor expired. */
    public List<PendingInvitation> pending(NetworkId network) {
        return jdbc.sql("select id, email, role, created_at, expires_at from invitation"
                        + " where network_id = ? and accepted_at is null and expires_at > now()"
                        + " order by created_at desc")
                .param(network.value())
                .query(PendingInvitation.class)
                .list();
    }

    /**
     * Withdraws a pending invitation of the coordinator's network: its link stops working at once. An invitation of
     * another network is not found.
     */
    @Transactional
    public void withdraw(StielUser coordinator, UUID invitation) {
        if (!mayInvite(coordinator, coordinator.networkId())) {
            throw new ForbiddenException("Only a coordinator withdraws invitations");
        }
        int withdrawn = jdbc.sql("delete from invitation where id = ? and network_id = ? and accepted_at is null")
                .params(invitation, coordinator.networkId().value())
                .update();
        if (withdrawn == 0) {
            throw new NotFoundException("Invitation");
        }
    }

    @ApplicationModuleListener
    void on(CoordinatorNamed event) {
        // no person invites: the admin named the coordinator in the network's settings
        invite(Actor.system(event.networkId(), "Stiel"), event.email(), NetworkRole.COORDINATOR, Optional.empty());
    }

    private boolean hasAccount(String email) {
        return users.findByEmail(email).filter(u -> u.passwordHash() != null).isPresent();
    }

    private static boolean mayInvite(StielUser by, NetworkId network) {
        return by.admin()
                || by.memberships().stream()
                        .anyMatch(m -> m.networkId().equals(network) && m.role() == NetworkRole.COORDINATOR);
    }
}
