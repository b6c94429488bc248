package org.stiel.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.platform.RuleViolation;

/**
 * "Forgot your password": a single-use link, valid for an hour, mailed to the address of an account. Answers the
 * same whether or not the address has an account, so that nobody can learn who uses Stiel.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int MAILS_PER_LIFETIME = 3;

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final SessionTerminator sessions;
    private final ResetRequestThrottle requests;
    private final LoginThrottle logins;
    private final Clock clock;

    PasswordResets(
            JdbcClient jdbc,
            UserRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AccountMails mails,
            SessionTerminator sessions,
            ResetRequestThrottle requests,
            LoginThrottle logins,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.requests = requests;
        this.logins = logins;
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.mails = mails;
    }

    /**
     * Mails a reset link when an account with this address exists; does nothing visible otherwise. Never held back by
     * the login throttle, only by a per-client limit that counts every request alike.
     *
     * @param client the remote address the request came from
     * @return false when this client asked too often lately (whatever the address), true otherwise
     */
    @Transactional
    public boolean request(String email, String client) {
        if (!requests.tryRequest(client)) {
            return false;
        }
        if (email == null || email.isBlank()) {
            return true;
        }
        users.findByEmail(email.strip()).filter(this::mayMail).ifPresent(user -> {
            String token = Tokens.random();
            jdbc.sql("insert into password_reset (token_hash, user_id, expires_at) values (?, ?, ?)")
                    .params(
                            Tokens.hash(token),
                            user.id(),
                            Timestamp.from(clock.instant().plus(LIFETIME)))
                    .update();
            mails.passwordReset(user.email(), token);
        });
        return true;
    }

    /** Whether the link is known, unused and not expired. */
    public boolean valid(String token) {
        return open(token).isPresent();
    }

    /** The e-mail address of the account a valid link resets; the password policy compares against it. */
    public Optional<String> emailFor(String token) {
        return open(token).flatMap(users::findById).map(User::email);
    }

    /**
     * Sets the new password, uses up this link and every other open link of the same person, and clears the login
     * throttle of the account, so that its owner can log in at once even while someone keeps guessing elsewhere.
     *
     * @return false when the link is unknown, used or expired
     */
    @Transactional
    public boolean reset(String token, String newPassword) {
        var userId = jdbc.sql("update password_reset set used_at = now()"
                        + " where token_hash = ? and used_at is null and expires_at > now() returning user_id")
                .param(Tokens.hash(token))
                .query(UUID.class)
                .optional();
        if (userId.isEmpty()) {
            return false;
        }
        var user = users.findById(userId.get()).orElseThrow();
        policy.check(newPassword, user.email()).ifPresent(rule -> {
            throw RuleViolation.on("password", rule);
        });
        user.changePassword(encoder.encode(newPassword));
        users.save(user);
        // a link mailed earlier must not undo the new password
        jdbc.sql("update password_reset set used_at = now() where user_id = ? and used_at is null")
                .param(user.id())
                .update();
        sessions.endSessionsOf(user.email());
        logins.clearAccount(user.email());
        return true;
    }

    /** A few links an hour are plenty; more would let anyone flood a person's mailbox. */
    private boolean mayMail(User user) {
        return jdbc.sql("select count(*) from password_reset where user_id = ? and created_at > now() - ?::interval")
                        .params(user.id(), LIFETIME.toSeconds() + " seconds")
                        .query(Long.class)
                        .single()
                < MAILS_PER_LIFETIME;
    }

    private Optional<UUID> open(String token) {
        return jdbc.sql("select user_id from password_reset"
                        + " where token_hash = ? and used_at is null and expires_at > now()")
                .param(Tokens.hash(token))
                .query(UUID.class)
                .optional();
    }
}
