package org.stiel.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/**
 * Personal access tokens for the JSON API: each works in one network with the rights its owner has there, and is
 * shown once, when created.
 */
@Service
@Transactional
public class PersonalAccessTokens {

    static final String PREFIX = "stiel_";
    static final Duration LIFETIME = Duration.ofDays(365);

    /** A token as listed to its owner (never the secret). */
    public record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final StielUserDetailsService details;
    private final Clock clock;

    PersonalAccessTokens(JdbcClient jdbc, UserRepository users, StielUserDetailsService details, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.users = users;
        this.details = details;
    }

    /** Creates a token for the current network of the user and returns the secret, which is not stored. */
    public String create(StielUser user, String name) {
        String secret = PREFIX + Tokens.random();
        jdbc.sql("insert into personal_access_token (id, user_id, network_id, name, token_hash, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        user.id().value(),
                        user.networkId().value(),
                        name.strip(),
                        Tokens.hash(secret),
                        java.sql.Timestamp.from(clock.instant().plus(LIFETIME)))
                .update();
        return secret;
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(StielUser user) {
        return jdbc.sql("select id, name, created_at, expires_at, last_used_at from personal_access_token"
                        + " where user_id = ? and network_id = ? and revoked_at is null order by created_at desc")
                .params(user.id().value(), user.networkId().value())
                .query(TokenView.class)
                .list();
    }

    public void revoke(StielUser user, UUID tokenId) {
        int revoked = jdbc.sql("update personal_access_token set revoked_at = now()"
                        + " where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, user.id().value())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("Token");
        }
    }

    /** The person a valid token stands for, working in the token's network. */
    Optional<StielUser> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Row(UUID id, UUID userId, UUID networkId) {}
        return jdbc.sql("select id, user_id, network_id from personal_access_token"
                        + " where token_hash = ? and revoked_at is null and expires_at > now()")
                .param(Tokens.hash(secret))
                .query(Row.class)
                .optional()
                .flatMap(row -> {
                    jdbc.sql("update personal_access_token set last_used_at = now() where id = ?")
                            .param(row.id())
                            .update();
                    return users.findById(row.userId())
                            .filter(user -> user.membershipIn(new NetworkId(row.networkId()))
                                    .isPresent())
                            .map(user -> details.toStielUser(user, Optional.of(new NetworkId(row.networkId())))
                                    .forAccessToken());
                });
    }
}
