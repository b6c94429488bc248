package org.stiel.offer.hsds;

import static org.stiel.offer.hsds.HsdsValues.parseUuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.hsds.HsdsPlan.OrgPlan;
import org.stiel.offer.hsds.HsdsPlan.ServicePlan;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * The file's ids and Stiel's: per network, {@code hsds_ref} keeps which record an HSDS id became. An id that is itself
 * a Stiel id of this network's record (a file exported from here) is that record; nothing resolves to a record
 * outside the importing network.
 */
@Component
class HsdsRefs {

    private final Partners partners;
    private final Offers offers;
    private final JdbcClient jdbc;

    HsdsRefs(Partners partners, Offers offers, JdbcClient jdbc) {
        this.partners = partners;
        this.offers = offers;
        this.jdbc = jdbc;
    }

    List<UUID> locationIds(NetworkId network, ServicePlan service, OrgPlan org) {
        var places = offers.locationsOf(network, new PartnerId(service.partner));
        List<UUID> ids = new ArrayList<>();
        for (String place : service.placeIds) {
            int index = org == null ? -1 : org.placeIds.indexOf(place);
            if (index >= 0 && index < places.size()) {
                ids.add(places.get(index).id());
            } else {
                // a place of the network's own (a file exported from here names Stiel's location ids)
                parseUuid(place)
                        .filter(id -> places.stream().anyMatch(p -> p.id().equals(id)))
                        .ifPresent(ids::add);
            }
        }
        return ids;
    }

    void remember(NetworkId network, String entity, String hsdsId, UUID local) {
        jdbc.sql("""
                        insert into hsds_ref (network_id, entity, hsds_id, local_id) values (?, ?, ?, ?)
                        on conflict (network_id, entity, hsds_id) do update set local_id = excluded.local_id
                        """).params(network.value(), entity, hsdsId, local).update();
    }

    private Optional<UUID> ref(NetworkId network, String entity, String hsdsId) {
        return jdbc.sql("select local_id from hsds_ref where network_id = ? and entity = ? and hsds_id = ?")
                .params(network.value(), entity, hsdsId)
                .query(UUID.class)
                .optional();
    }

    /** This network's partner for an HSDS organization id, if there is one. */
    Optional<UUID> resolvePartner(NetworkId network, String hsdsId) {
        return ref(network, "organization", hsdsId)
                .or(() -> parseUuid(hsdsId))
                .filter(id -> partners.find(network, new PartnerId(id)).isPresent());
    }

    /** This network's offer for an HSDS service id, if there is one. */
    Optional<UUID> resolveOffer(NetworkId network, String hsdsId) {
        return ref(network, "service", hsdsId)
                .or(() -> parseUuid(hsdsId))
                .filter(id -> offers.find(network, new OfferId(id)).isPresent());
    }

    /** The file's id when it is a UUID no record uses yet (so ids survive a first import), else a new one. */
    UUID newOfferId(String hsdsId) {
        return parseUuid(hsdsId)
                .filter(id -> jdbc.sql("select count(*) from offer where id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single()
                        == 0)
                .orElseGet(UUID::randomUUID);
    }
}
