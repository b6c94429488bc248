package org.stiel.partners;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;

/** The membership of a partner in a network: the tenancy filter of this module and what is specific to it. */
@Repository
class NetworkPartners {

    record Membership(boolean core, String expectations, String interests) {}

    private final JdbcClient jdbc;

    NetworkPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Membership> find(NetworkId network, UUID partner) {
        return jdbc.sql(
                        "select core, expectations, interests from network_partner where network_id = ? and partner_id = ?")
                .params(network.value(), partner)
                .query(Membership.class)
                .optional();
    }

    void save(NetworkId network, UUID partner, Membership membership) {
        jdbc.sql("""
                        insert into network_partner (network_id, partner_id, core, expectations, interests)
                        values (?, ?, ?, ?, ?)
                        on conflict (network_id, partner_id) do update
                        set core = excluded.core, expectations = excluded.expectations, interests = excluded.interests
                        """)
                .params(network.value(), partner, membership.core(), membership.expectations(), membership.interests())
                .update();
    }

    java.util.List<NetworkId> networksOf(UUID partner) {
        return jdbc
                .sql("select network_id from network_partner where partner_id = ?")
                .param(partner)
                .query(UUID.class)
                .list()
                .stream()
                .map(NetworkId::new)
                .toList();
    }
}
