package org.stiel.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;

/**
 * Who asked for the weekly digest of what's new: a choice per person and network, made on their own account page and
 * off until they make it (kept on the membership, so leaving a network ends it).
 */
@Service
@Transactional(readOnly = true)
public class DigestSubscriptions {

    private final JdbcClient jdbc;

    DigestSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's networks whose digest they receive. */
    public Set<NetworkId> networksOf(StielUser user) {
        return new HashSet<>(jdbc.sql("select network_id from membership where user_id = ? and weekly_digest")
                .param(user.id().value())
                .query((rs, n) -> new NetworkId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** The person receives the digest of exactly these of their networks; others they name are ignored. */
    @Transactional
    public void choose(StielUser user, Set<NetworkId> networks) {
        UUID[] chosen = networks.stream().map(NetworkId::value).toArray(UUID[]::new);
        jdbc.sql("update membership set weekly_digest = (network_id = any(?)) where user_id = ?")
                .params(chosen, user.id().value())
                .update();
    }

    /** The addresses of the network's members who asked for its digest; on membership_digest_idx. */
    public List<String> recipients(NetworkId network) {
        return jdbc.sql("""
                        select u.email from membership m join app_user u on u.id = m.user_id
                        where m.network_id = ? and m.weekly_digest
                        order by u.email
                        """).param(network.value()).query(String.class).list();
    }
}
