package org.stiel.offer;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;

/**
 * What the offer needs to know of a partner: its places and its networks, read from the partners module's published
 * read model (the views partners_place and partners_membership, docs/adr/0026).
 */
@Repository
class OfferPartners {

    private final JdbcClient jdbc;

    OfferPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The locations of a partner of the network, to choose from in the offer form. */
    List<OfferView.Place> locationsOf(NetworkId network, UUID partner) {
        return jdbc.sql("""
                        select l.id, l.name, l.street, l.postcode, l.city, l.latitude, l.longitude
                        from partners_place l
                        join partners_membership np on np.partner_id = l.partner_id and np.network_id = ?
                        where l.partner_id = ? order by l.position
                        """)
                .params(network.value(), partner)
                .query(OfferView.Place.class)
                .list();
    }
}
