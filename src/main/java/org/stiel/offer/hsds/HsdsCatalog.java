package org.stiel.offer.hsds;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.offer.hsds.HsdsTaxonomy.Term;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerView;
import org.stiel.platform.NotFoundException;

/**
 * The public HSDS 3.0 read API: published offers of every network, or of one, as HSDS objects. Nothing here needs a
 * login, so nothing here may show what is not published or what names a person.
 */
@Service
@Transactional(readOnly = true)
public class HsdsCatalog {

    public static final int MAX_PER_PAGE = 100;

    private final HsdsQueries queries;
    private final Offers offers;
    private final org.stiel.partners.Partners partners;
    private final Networks networks;

    HsdsCatalog(HsdsQueries queries, Offers offers, org.stiel.partners.Partners partners, Networks networks) {
        this.queries = queries;
        this.offers = offers;
        this.partners = partners;
        this.networks = networks;
    }

    /** How a list is shown: one-to-one fields, ids only, or fully nested. */
    public enum Shape {
        MINIMAL,
        LIST,
        FULL
    }

    /** A search from the query string; {@code network} is a slug, unknown slugs are "not found". */
    public record Search(
            String network,
            String search,
            UUID taxonomyTermId,
            UUID taxonomyId,
            UUID organizationId,
            OffsetDateTime modifiedAfter,
            String postcode,
            Integer proximity,
            int page,
            int perPage,
            Shape shape) {}

    public Map<String, Object> services(Search search) {
        var found = queries.services(filter(search), search.page(), search.perPage());
        List<Object> contents = new ArrayList<>();
        for (var hit : found.hits()) {
            OfferView offer = offers.get(hit.network(), new OfferId(hit.id()));
            contents.add(
                    switch (search.shape()) {
                        case MINIMAL ->
                            new HsdsWriter.Obj()
                                    .with("id", offer.id().value())
                                    .with("name", offer.name())
                                    .with(
                                            "status",
                                            HsdsWriter.serviceSummary(offer).get("status"))
                                    .with(
                                            "last_modified",
                                            HsdsWriter.serviceSummary(offer).get("last_modified"));
                        case LIST -> HsdsWriter.serviceSummary(offer);
                        case FULL -> HsdsWriter.service(offer, partner(hit.network(), offer));
                    });
        }
        return page(found.total(), search.page(), search.perPage(), contents);
    }

    public Map<String, Object> service(UUID id, String networkSlug) {
        NetworkId network =
                queries.publishedService(id, network(networkSlug)).orElseThrow(() -> new NotFoundException("Service"));
        OfferView offer = offers.get(network, new OfferId(id));
        return HsdsWriter.service(offer, partner(network, offer));
    }

    public Map<String, Object> servicesAtLocations(Search search) {
        var found = queries.servicesAtLocations(filter(search), search.page(), search.perPage());
        List<Object> contents = new ArrayList<>();
        for (var hit : found.hits()) {
            OfferView offer = offers.get(hit.network(), new OfferId(hit.id()));
            var place = offer.locations().stream()
                    .filter(p -> p.id().equals(hit.locationId()))
                    .findFirst();
            place.ifPresent(p -> contents.add(
                    search.shape() == Shape.FULL
                            ? fullServiceAtLocation(hit.network(), offer, p)
                            : HsdsWriter.serviceAtLocation(offer, p, false)));
        }
        return page(found.total(), search.page(), search.perPage(), contents);
    }

    /** A service_at_location fully nested: its place, and the service with everything (as the reference has it). */
    public Map<String, Object> serviceAtLocation(UUID id, String networkSlug) {
        var hit = queries.serviceAtLocation(id, network(networkSlug))
                .orElseThrow(() -> new NotFoundException("Service at location"));
        OfferView offer = offers.get(hit.network(), new OfferId(hit.id()));
        var place = offer.locations().stream()
                .filter(p -> p.id().equals(hit.locationId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Service at location"));
        return fullServiceAtLocation(hit.network(), offer, place);
    }

    private Map<String, Object> fullServiceAtLocation(NetworkId network, OfferView offer, OfferView.Place place) {
        var sal = HsdsWriter.serviceAtLocation(offer, place, true);
        sal.put("schedules", HsdsWriter.service(offer, null).get("schedules"));
        sal.put("attributes", List.of());
        return sal;
    }

    public Map<String, Object> organizations(String networkSlug, String search, boolean full, int page, int perPage) {
        NetworkId network = network(networkSlug);
        var found = queries.organizations(network, search, page, perPage);
        List<Object> contents = new ArrayList<>();
        for (var hit : found.hits()) {
            contents.add(organization(hit.network(), hit.id(), full, full));
        }
        return page(found.total(), page, perPage, contents);
    }

    public Map<String, Object> organization(UUID id, String networkSlug, boolean fullService) {
        NetworkId network =
                queries.organization(id, network(networkSlug)).orElseThrow(() -> new NotFoundException("Organization"));
        return organization(network, id, true, fullService);
    }

    private Map<String, Object> organization(NetworkId network, UUID id, boolean nested, boolean fullService) {
        PartnerView partner = partners.get(network, new PartnerId(id));
        var places = offers.locationsOf(network, partner.id());
        var o = HsdsWriter.organization(partner, nested, places);
        if (nested) {
            List<Object> services = new ArrayList<>();
            for (UUID service : queries.publishedServicesOf(id)) {
                OfferView offer = offers.get(network, new OfferId(service));
                services.add(fullService ? HsdsWriter.service(offer, null) : HsdsWriter.serviceSummary(offer));
            }
            o.put("services", services);
        }
        return o;
    }

    public Map<String, Object> taxonomies(String search, int page, int perPage) {
        var all = HsdsTaxonomy.taxonomies().stream()
                .filter(t -> matches(search, t.name(), t.description()))
                .map(t -> (Object) HsdsAttributes.taxonomy(t))
                .toList();
        return slice(all, page, perPage);
    }

    public Map<String, Object> taxonomy(UUID id) {
        return HsdsTaxonomy.taxonomy(id)
                .map(HsdsAttributes::taxonomy)
                .orElseThrow(() -> new NotFoundException("Taxonomy"));
    }

    public Map<String, Object> taxonomyTerms(
            String search, UUID taxonomyId, boolean topOnly, UUID parentId, int page, int perPage) {
        var all = HsdsTaxonomy.terms().stream()
                .filter(t -> taxonomyId == null || t.taxonomyId().equals(taxonomyId))
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(t -> parentId == null || parentId.equals(t.parentId()))
                .filter(t -> matches(search, t.name(), t.description()))
                .map(t -> (Object) HsdsAttributes.term(t))
                .toList();
        return slice(all, page, perPage);
    }

    public Map<String, Object> taxonomyTerm(UUID id) {
        return HsdsTaxonomy.term(id)
                .map(HsdsAttributes::term)
                .orElseThrow(() -> new NotFoundException("Taxonomy term"));
    }

    /** The taxonomy terms, for other pages of the module. */
    public List<Term> terms() {
        return HsdsTaxonomy.terms();
    }

    private PartnerView partner(NetworkId network, OfferView offer) {
        return partners.get(network, offer.partnerId());
    }

    private NetworkId network(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return networks.findBySlug(slug.strip())
                .map(NetworkView::id)
                .orElseThrow(() -> new NotFoundException("Network"));
    }

    private HsdsQueries.Filter filter(Search search) {
        return new HsdsQueries.Filter(
                network(search.network()),
                search.search(),
                search.taxonomyTermId(),
                search.taxonomyId(),
                search.organizationId(),
                search.modifiedAfter(),
                search.postcode(),
                search.proximity());
    }

    private static boolean matches(String search, String... texts) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = fold(search);
        for (String text : texts) {
            if (text != null && fold(text).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
    }

    private static Map<String, Object> slice(List<Object> all, int page, int perPage) {
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        return page(all.size(), page, perPage, all.subList(from, to));
    }

    /** The reference's Page object around {@code contents}. */
    static Map<String, Object> page(long total, int page, int perPage, List<Object> contents) {
        int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("total_items", total);
        p.put("total_pages", pages);
        p.put("page_number", page);
        p.put("size", contents.size());
        p.put("first_page", page == 1);
        p.put("last_page", page >= pages);
        p.put("empty", contents.isEmpty());
        p.put("contents", contents);
        return p;
    }
}
