package org.stiel.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/** The accounts module's API: people and their memberships. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserRepository users;
    private final MemberQueries memberQueries;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final StielUserDetailsService details;
    private final SessionTerminator sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    Accounts(
            UserRepository users,
            MemberQueries memberQueries,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            StielUserDetailsService details,
            SessionTerminator sessions,
            LoginThrottle throttle,
            Clock clock) {
        this.clock = clock;
        this.throttle = throttle;
        this.users = users;
        this.memberQueries = memberQueries;
        this.encoder = encoder;
        this.policy = policy;
        this.details = details;
        this.sessions = sessions;
    }

    /**
     * Creates an account with a password, for installation set-up and demo data; people normally join through an
     * invitation.
     */
    @Transactional
    public UserId register(String email, String displayName, String password, boolean admin) {
        policy.check(password, email).ifPresent(rule -> {
            throw RuleViolation.on("password", rule);
        });
        return new UserId(users.save(User.create(email, displayName, encoder.encode(password), admin, clock.instant()))
                .id());
    }

    /**
     * The installation makes an account a member of a network (demo data, set-up); people join through an
     * invitation.
     */
    @Transactional
    public void join(Actor.Trusted installation, UserId user, NetworkRole role, Optional<UUID> partnerId) {
        NetworkId network = installation.networkId();
        var account = users.findById(user.value()).orElseThrow(() -> new NotFoundException("User"));
        account.join(network, role, partnerId);
        users.save(account);
    }

    public Optional<UserId> findByEmail(String email) {
        return users.findByEmail(email).map(user -> new UserId(user.id()));
    }

    /** Every member of the network, by name. For other modules' lookups; the members page is paged. */
    public List<MemberView> members(NetworkId network) {
        return memberQueries.all(network);
    }

    /** One page of the network's members, by name then id. */
    public ListPage<MemberView> members(NetworkId network, Paging paging) {
        return memberQueries.page(network, paging);
    }

    /**
     * The e-mail addresses of the network's coordinators and of the staff of the given partners, each once: whom to
     * tell about something of those partners.
     */
    public List<String> coordinatorsAndStaffOf(NetworkId network, Collection<UUID> partners) {
        return memberQueries.coordinatorsAndStaffOf(network, partners);
    }

    /**
     * The display names of the members of the network among {@code ids}, in one query: for another module's page
     * that names the people of the rows it shows. Someone not in the network is left out.
     */
    public java.util.Map<UserId, String> displayNames(NetworkId network, java.util.Collection<UserId> ids) {
        return ids.isEmpty() ? java.util.Map.of() : memberQueries.displayNames(network, ids);
    }

    /** The partner staff of one partner in the network, by name. */
    public List<MemberView> staffOf(NetworkId network, UUID partner) {
        return memberQueries.staffOf(network, partner);
    }

    /**
     * The message key of the first password rule the password breaks, if any; pages show it next to the field.
     */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.check(password, email);
    }

    /**
     * Changes a person's own password after checking the current one. Answers the field and message key of the
     * first problem, if any, so that the page can show it next to that field.
     *
     * @param client the remote address of the request, counted as a login attempt's
     */
    @Transactional
    public Optional<FieldProblem> changePassword(UserId id, String currentPassword, String newPassword, String client) {
        var user = users.findById(id.value()).orElseThrow(() -> new NotFoundException("User"));
        // the same attempts as the login page: a taken-over session must not become a way to guess the password
        if (!throttle.tryAttempt(user.email(), client)) {
            return Optional.of(new FieldProblem("currentPassword", "login.throttled"));
        }
        if (currentPassword == null
                || user.passwordHash() == null
                || !encoder.matches(currentPassword, user.passwordHash())) {
            return Optional.of(new FieldProblem("currentPassword", "account.password.current.wrong"));
        }
        throttle.succeeded(user.email(), client);
        var problem = policy.check(newPassword, user.email());
        if (problem.isPresent()) {
            return problem.map(key -> new FieldProblem("newPassword", key));
        }
        user.changePassword(encoder.encode(newPassword));
        users.save(user);
        sessions.endSessionsOf(user.email());
        return Optional.empty();
    }

    /**
     * Ends a member's membership of the coordinator's current network. A coordinator cannot remove themselves, so
     * that a network never loses its last coordinator by accident.
     */
    @Transactional
    public void removeMember(StielUser coordinator, UserId member) {
        Require.allowed(
                Roles.coordinator(coordinator) && !coordinator.id().equals(member),
                "Only a coordinator removes others");
        var network = coordinator.networkId();
        var user = users.findById(member.value())
                .filter(u -> u.membershipIn(network).isPresent())
                .orElseThrow(() -> new NotFoundException("Member"));
        user.leave(network);
        users.save(user);
        sessions.endSessionsOf(user.email());
    }

    /** A problem with one field of a form: the field's name and the message key. */
    public record FieldProblem(String field, String messageKey) {}

    /** The same person, reloaded, working in the given network (after a switch or a change of memberships). */
    public StielUser reload(UserId id, NetworkId network) {
        return users.findById(id.value())
                .map(user -> details.toStielUser(user, Optional.of(network)))
                .orElseThrow(() -> new NotFoundException("User"));
    }
}
