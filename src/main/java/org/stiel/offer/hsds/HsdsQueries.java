package org.stiel.offer.hsds;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.offer.hsds.HsdsTaxonomy.Facet;
import org.stiel.offer.hsds.HsdsTaxonomy.Term;

/**
 * Which published offers, partners and places the HSDS API shows, in SQL; the records themselves come from the offer
 * and partner facades. Each hit carries a network its partner belongs to, the scope the facades read it in.
 */
@Repository
class HsdsQueries {

    private final JdbcClient jdbc;

    HsdsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A search on services or service_at_locations. Every field is optional. */
    record Filter(
            NetworkId network,
            String search,
            UUID taxonomyTermId,
            UUID taxonomyId,
            UUID organizationId,
            OffsetDateTime modifiedAfter,
            String postcode,
            Integer proximityMeters) {}

    record Hit(UUID id, UUID locationId, NetworkId network) {}

    record Found(long total, List<Hit> hits) {}

    Found services(Filter filter, int page, int perPage) {
        return find(filter, false, page, perPage);
    }

    Found servicesAtLocations(Filter filter, int page, int perPage) {
        return find(filter, true, page, perPage);
    }

    private Found find(Filter filter, boolean atLocations, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        var from = new StringBuilder(" from offer o join partners_summary p on p.id = o.partner_id");
        if (atLocations) {
            from.append(" join offer_location ol on ol.offer_id = o.id")
                    .append(" join partners_place l on l.id = ol.location_id and l.partner_id = o.partner_id");
        }
        from.append(" where o.published and o.status <> 'ENDED'");
        String network =
                "(select min(np.network_id::text)::uuid from partners_membership np where np.partner_id = o.partner_id"
                        + (filter.network() != null ? " and np.network_id = :network)" : ")");
        from.append(" and ").append(network).append(" is not null");
        if (filter.network() != null) {
            params.put("network", filter.network().value());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            // Dutch stemming for whole words, trigram similarity on the name for typos
            from.append(" and (o.search @@ plainto_tsquery('stiel_dutch', :search)"
                    + " or word_similarity(stiel_unaccent(lower(:search)), stiel_unaccent(lower(o.name))) >= 0.5"
                    + " or stiel_unaccent(lower(p.name)) like '%' || stiel_unaccent(lower(:search)) || '%')");
            params.put("search", filter.search().strip());
        }
        if (filter.organizationId() != null) {
            from.append(" and o.partner_id = :organization");
            params.put("organization", filter.organizationId());
        }
        if (filter.modifiedAfter() != null) {
            from.append(" and o.updated_at >= :modifiedAfter");
            params.put("modifiedAfter", filter.modifiedAfter());
        }
        if (filter.taxonomyTermId() != null) {
            Optional<Term> term = HsdsTaxonomy.term(filter.taxonomyTermId());
            if (term.isEmpty()) {
                return new Found(0, List.of());
            }
            from.append(" and ").append(termCondition(term.get(), params));
        }
        if (filter.taxonomyId() != null) {
            var taxonomy = HsdsTaxonomy.taxonomy(filter.taxonomyId());
            if (taxonomy.isEmpty()) {
                return new Found(0, List.of());
            }
            if (taxonomy.get().facet() == Facet.AGE_GROUP) {
                from.append(" and (o.age_min_months is not null or o.age_max_months is not null)");
            }
            // every offer has a life domain, a pillar, an audience and a kind; features are too varied to matter
        }
        if (atLocations && filter.postcode() != null && !filter.postcode().isBlank()) {
            params.put("postcode", filter.postcode().strip());
            if (filter.proximityMeters() != null) {
                // great-circle distance from the postcode's point (the network module's places, V33), in metres
                from.append(" and exists (select 1 from places_postcode pp where pp.postcode = :postcode"
                        + " and l.latitude is not null and l.longitude is not null"
                        + " and 6371000 * 2 * asin(sqrt(power(sin(radians(l.latitude - pp.latitude) / 2), 2)"
                        + " + cos(radians(pp.latitude)) * cos(radians(l.latitude))"
                        + " * power(sin(radians(l.longitude - pp.longitude) / 2), 2))) <= :proximity)");
                params.put("proximity", filter.proximityMeters());
            } else {
                from.append(" and l.postcode = :postcode");
            }
        }
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", perPage);
        params.put("offset", (long) (page - 1) * perPage);
        String select = "select o.id, " + (atLocations ? "l.id" : "null::uuid") + " as location_id, " + network
                + " as network_id";
        var hits = jdbc.sql(select + from + " order by lower(o.name), o.id" + (atLocations ? ", ol.position" : "")
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> new Hit(
                        rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        new NetworkId(rs.getObject("network_id", UUID.class))))
                .list();
        return new Found(total, hits);
    }

    private static String termCondition(Term term, Map<String, Object> params) {
        params.put("term", term.code());
        return switch (term.facet()) {
            case LIFE_DOMAIN -> ":term = any(o.life_domains)";
            case PILLAR -> "o.pillar = :term";
            case AUDIENCE -> ":term = any(o.audiences)";
            case KIND -> "o.kind = :term";
            case AGE_GROUP -> {
                params.put("ageMin", term.minMonths());
                params.put("ageMax", term.maxMonths());
                yield "(o.age_min_months is not null or o.age_max_months is not null)"
                        + " and coalesce(o.age_min_months, -9) <= :ageMax and coalesce(o.age_max_months, 1200) >= :ageMin";
            }
            case FEATURE ->
                switch (HsdsTaxonomy.Feature.valueOf(term.code())) {
                    case PAID -> "o.cost = 'PAID'";
                    case REDUCED_TARIFF -> "o.reduced_tariff";
                    case REGISTRATION_REQUIRED -> "o.registration_required";
                    case ONLINE -> "o.online";
                    case INTERPRETATION -> "o.interpretation";
                    case CLOSED_IN_SCHOOL_HOLIDAYS -> "o.closed_in_school_holidays";
                    case EXTRA -> "o.reach = 'EXTRA'";
                    case NOT_PUBLISHED -> "false";
                    case ACCESSIBILITY -> "o.accessibility is not null";
                    case CAPACITY -> "o.capacity is not null";
                    case PLACES_LEFT -> "o.places_left is not null";
                    case AGE_IN_MONTHS -> "(o.age_min_months is not null or o.age_max_months is not null)";
                };
        };
    }

    /** A published offer by id, with a network to read it in (the given one, or any of its partner's). */
    Optional<NetworkId> publishedService(UUID id, NetworkId network) {
        return jdbc.sql("select np.network_id from offer o join partners_membership np on np.partner_id = o.partner_id"
                        + " where o.id = :id and o.published and o.status <> 'ENDED'"
                        + (network != null ? " and np.network_id = :network" : "")
                        + " order by np.network_id limit 1")
                .param("id", id)
                .params(network != null ? Map.of("network", network.value()) : Map.of())
                .query(UUID.class)
                .optional()
                .map(NetworkId::new);
    }

    /** The offer and place of a service_at_location id (see {@link HsdsIds#serviceAtLocation}). */
    Optional<Hit> serviceAtLocation(UUID id, NetworkId network) {
        return jdbc.sql("""
                        select ol.offer_id, ol.location_id from offer_location ol
                        join offer o on o.id = ol.offer_id and o.published and o.status <> 'ENDED'
                        join partners_place l on l.id = ol.location_id and l.partner_id = o.partner_id
                        where md5(ol.offer_id::text || ol.location_id::text)::uuid = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional()
                .flatMap(pair -> publishedService(pair[0], network).map(n -> new Hit(pair[0], pair[1], n)));
    }

    /** Partners with at least one published offer: the organizations of the HSDS API. */
    Found organizations(NetworkId network, String search, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = network != null ? " and np.network_id = :network" : "";
        if (network != null) {
            params.put("network", network.value());
        }
        var from = new StringBuilder(
                " from partners_summary p where exists (select 1 from offer o where o.partner_id = p.id"
                        + " and o.published and o.status <> 'ENDED') and exists (select 1 from partners_membership np where np.partner_id = p.id"
                        + scope
                        + ")");
        if (search != null && !search.isBlank()) {
            from.append(" and stiel_unaccent(lower(p.name)) like '%' || stiel_unaccent(lower(:search)) || '%'");
            params.put("search", search.strip());
        }
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", perPage);
        params.put("offset", (long) (page - 1) * perPage);
        var hits = jdbc.sql("select p.id, (select min(np.network_id::text)::uuid from partners_membership np"
                        + " where np.partner_id = p.id" + scope + ") as network_id" + from
                        + " order by lower(p.name), p.id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> new Hit(
                        rs.getObject("id", UUID.class), null, new NetworkId(rs.getObject("network_id", UUID.class))))
                .list();
        return new Found(total, hits);
    }

    Optional<NetworkId> organization(UUID id, NetworkId network) {
        return jdbc.sql("select np.network_id from partners_membership np where np.partner_id = :id"
                        + (network != null ? " and np.network_id = :network" : "")
                        + " and exists (select 1 from offer o where o.partner_id = :id and o.published and o.status <> 'ENDED')"
                        + " order by np.network_id limit 1")
                .param("id", id)
                .params(network != null ? Map.of("network", network.value()) : Map.of())
                .query(UUID.class)
                .optional()
                .map(NetworkId::new);
    }

    /** The published offers of a partner, by name. */
    List<UUID> publishedServicesOf(UUID partner) {
        return jdbc.sql(
                        "select id from offer where partner_id = ? and published and status <> 'ENDED' order by lower(name), id")
                .param(partner)
                .query(UUID.class)
                .list();
    }
}
