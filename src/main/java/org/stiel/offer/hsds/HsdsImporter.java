package org.stiel.offer.hsds;

import static org.stiel.offer.hsds.HsdsValues.array;
import static org.stiel.offer.hsds.HsdsValues.hsdsField;
import static org.stiel.offer.hsds.HsdsValues.number;
import static org.stiel.offer.hsds.HsdsValues.same;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.hsds.HsdsPlan.OrgPlan;
import org.stiel.offer.hsds.HsdsPlan.ServicePlan;
import org.stiel.offer.hsds.HsdsReader.Document;
import org.stiel.offer.hsds.HsdsReader.Item;
import org.stiel.offer.hsds.HsdsReport.Action;
import org.stiel.partners.LocationForm;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;
import tools.jackson.databind.JsonNode;

/**
 * Turns an HSDS document into partner and offer forms, checks them as the forms of the pages are checked, and works
 * out per record whether it is new, changed or the same. {@link HsdsApplier#apply} then writes the plan through the partner and
 * offer facades, so that the feed hears of every change; the caller holds the one transaction around it.
 *
 * <p>Ids: the file's ids are the sending system's. Per network they are kept in {@code hsds_ref} with the Stiel
 * record they became; an id that is itself a Stiel id of this network's record (a file exported from here) updates
 * that record. Nothing resolves to a record outside the importing network: another network's id is imported as a
 * record of this network's own.
 */
@Component
class HsdsImporter {

    private final Partners partners;
    private final Offers offers;
    private final Validator validator;
    private final MessageSource messages;
    private final HsdsRefs refs;
    private final HsdsServicePlanner servicePlanner;

    HsdsImporter(
            Partners partners,
            Offers offers,
            Validator validator,
            MessageSource messages,
            HsdsRefs refs,
            HsdsServicePlanner servicePlanner) {
        this.partners = partners;
        this.offers = offers;
        this.validator = validator;
        this.messages = messages;
        this.refs = refs;
        this.servicePlanner = servicePlanner;
    }

    /** What an import would do. Reads only. */
    HsdsPlan plan(NetworkId network, String fileName, byte[] content) {
        Document doc = HsdsReader.read(fileName, content);
        var plan = new HsdsPlan(network, fileName, messages);
        for (String problem : doc.problems()) {
            plan.error(fileName, "", plan.msg("hsds.import.file." + problem));
        }
        // organizations nested in a service list, and services nested in an organization list
        List<Item> organizations = new ArrayList<>(doc.organizations());
        List<Item> services = new ArrayList<>(doc.services());
        Map<String, String> serviceOrg = new HashMap<>();
        for (Item org : doc.organizations()) {
            JsonNode nested = org.node().get("services");
            if (nested != null && nested.isArray()) {
                for (int i = 0; i < nested.size(); i++) {
                    var service =
                            new Item(doc.sourceOf(nested.get(i), org.source(), "services[" + i + "]"), nested.get(i));
                    services.add(service);
                    serviceOrg.put(service.source(), HsdsReader.text(org.node(), "id"));
                }
            }
        }
        Set<String> orgIds = new java.util.HashSet<>();
        organizations.forEach(o -> orgIds.add(HsdsReader.text(o.node(), "id")));
        for (Item service : doc.services()) {
            JsonNode org = service.node().get("organization");
            if (org != null && org.isObject() && !orgIds.contains(HsdsReader.text(org, "id"))) {
                organizations.add(new Item(service.source() + ".organization", org));
                orgIds.add(HsdsReader.text(org, "id"));
            }
        }
        if (organizations.isEmpty() && services.isEmpty() && doc.problems().isEmpty()) {
            plan.error(fileName, "", plan.msg("hsds.import.file.nothing"));
        }
        // places by HSDS location id, from organizations and from services' service_at_locations
        Map<String, JsonNode> places = new LinkedHashMap<>();
        Map<String, String> placeOrg = new HashMap<>();
        for (Item org : organizations) {
            JsonNode locations = org.node().get("locations");
            if (locations != null && locations.isArray()) {
                for (JsonNode location : locations) {
                    String id = HsdsReader.text(location, "id");
                    if (id != null) {
                        places.putIfAbsent(id, location);
                        placeOrg.putIfAbsent(id, HsdsReader.text(org.node(), "id"));
                    }
                }
            }
        }
        for (Item service : services) {
            for (JsonNode sal : array(service.node(), "service_at_locations")) {
                JsonNode location = sal.get("location");
                String id = location != null ? HsdsReader.text(location, "id") : null;
                if (id != null && !places.containsKey(id)) {
                    places.put(id, location);
                    String org = HsdsReader.text(location, "organization_id");
                    placeOrg.put(id, org != null ? org : organizationOf(service, serviceOrg));
                }
            }
        }
        // services first (they tell which life domains a new organization serves), then organizations
        Set<String> seenServices = new java.util.HashSet<>();
        for (Item service : services) {
            servicePlanner.planService(plan, doc, service, organizationOf(service, serviceOrg), seenServices);
        }
        Set<String> seenOrgs = new java.util.HashSet<>();
        for (Item org : organizations) {
            planOrganization(plan, doc, org, places, placeOrg, seenOrgs);
        }
        // every service needs its organization: in the file or already in the network
        for (ServicePlan service : plan.services) {
            if (service.orgId == null) {
                plan.error(service.source, "organization_id", plan.msg("hsds.import.required"));
            } else if (plan.org(service.orgId).isEmpty()) {
                Optional<UUID> existing = refs.resolvePartner(network, service.orgId);
                if (existing.isEmpty()) {
                    plan.error(
                            service.source,
                            "organization_id",
                            plan.msg("hsds.import.unknownOrganization", service.orgId));
                } else {
                    service.partner = existing.get();
                }
            }
            for (String place : service.placeIds) {
                String owner = placeOrg.get(place);
                if (!places.containsKey(place)) {
                    plan.error(service.source, "service_at_locations", plan.msg("hsds.import.unknownLocation", place));
                } else if (owner != null && !owner.equals(service.orgId)) {
                    plan.error(service.source, "service_at_locations", plan.msg("hsds.import.otherLocation", place));
                }
            }
        }
        for (ServicePlan service : plan.services) {
            plan.org(service.orgId).ifPresent(org -> service.partner = org.existing);
            service.action = classify(network, service, plan);
        }
        return plan;
    }

    private String organizationOf(Item service, Map<String, String> serviceOrg) {
        String id = HsdsReader.text(service.node(), "organization_id");
        if (id == null && service.node().get("organization") != null) {
            id = HsdsReader.text(service.node().get("organization"), "id");
        }
        return id != null ? id : serviceOrg.get(service.source());
    }

    private void planOrganization(
            HsdsPlan plan,
            Document doc,
            Item item,
            Map<String, JsonNode> places,
            Map<String, String> placeOrg,
            Set<String> seen) {
        JsonNode node = item.node();
        String id = HsdsReader.text(node, "id");
        if (id == null) {
            plan.error(item.source(), "id", plan.msg("hsds.import.required"));
            return;
        }
        if (!seen.add(id)) {
            plan.error(item.source(), "id", plan.msg("hsds.import.duplicate", id));
            return;
        }
        var org = new OrgPlan(id, item.source());
        Optional<UUID> existing = refs.resolvePartner(plan.network, id);
        PartnerForm form =
                existing.map(p -> partners.form(plan.network, new PartnerId(p))).orElseGet(PartnerForm::new);
        form.setVersion(null);
        form.setName(HsdsReader.text(node, "name"));
        form.setDescription(HsdsReader.text(node, "description"));
        form.setWebsite(HsdsReader.text(node, "website"));
        if (existing.isEmpty()) {
            form.setKind(PartnerKind.OTHER);
            Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
            plan.services.stream()
                    .filter(s -> id.equals(s.orgId))
                    .forEach(s -> domains.addAll(s.form.getLifeDomains()));
            if (domains.isEmpty()) {
                domains.add(LifeDomain.PARENTING_SUPPORT);
                plan.warning(item.source(), "attributes", plan.msg("hsds.import.defaultLifeDomain"));
            }
            form.setLifeDomains(domains);
        }
        List<String> own = placeOrg.entrySet().stream()
                .filter(e -> id.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!own.isEmpty() || existing.isEmpty()) {
            List<LocationForm> locations = new ArrayList<>();
            for (String placeId : own) {
                JsonNode place = places.get(placeId);
                String source = doc.sourceOf(place, item.source(), "locations[" + placeId + "]");
                locations.add(location(plan, source, place));
                org.placeIds.add(placeId);
            }
            form.setLocations(locations);
        }
        form.withoutBlankRows();
        for (ConstraintViolation<PartnerForm> v : validator.validate(form)) {
            plan.error(item.source(), hsdsField(v.getPropertyPath().toString()), v.getMessage());
        }
        org.form = form;
        org.existing = existing.orElse(null);
        if (existing.isEmpty()) {
            org.action = Action.CREATE;
        } else {
            var current = partners.form(plan.network, new PartnerId(existing.get()));
            current.setVersion(null);
            current.withoutBlankRows();
            org.action = same(current, form) ? Action.UNCHANGED : Action.UPDATE;
        }
        plan.orgs.add(org);
    }

    private LocationForm location(HsdsPlan plan, String source, JsonNode place) {
        var form = new LocationForm();
        form.setName(HsdsReader.text(place, "name"));
        JsonNode address = array(place, "addresses").stream().findFirst().orElse(null);
        if (address == null) {
            plan.error(source, "addresses", plan.msg("hsds.import.address"));
            form.setStreet("?");
            form.setPostcode("0000");
            form.setCity("?");
        } else {
            form.setStreet(HsdsReader.text(address, "address_1"));
            form.setPostcode(HsdsReader.text(address, "postal_code"));
            form.setCity(HsdsReader.text(address, "city"));
        }
        form.setLatitude(number(plan, source, place, "latitude"));
        form.setLongitude(number(plan, source, place, "longitude"));
        return form;
    }

    private Action classify(NetworkId network, ServicePlan service, HsdsPlan plan) {
        if (service.existing == null) {
            return Action.CREATE;
        }
        var current = offers.form(network, new OfferId(service.existing));
        current.setVersion(null);
        current.withoutBlankRows();
        var incoming = copyWithLocations(network, service, plan);
        if (incoming == null) {
            return Action.UPDATE;
        }
        return same(current, incoming) ? Action.UNCHANGED : Action.UPDATE;
    }

    /** The service's form with its places' Stiel ids, when they are known before writing (partner unchanged). */
    private OfferForm copyWithLocations(NetworkId network, ServicePlan service, HsdsPlan plan) {
        var org = plan.org(service.orgId);
        if (org.isPresent() && org.get().action != Action.UNCHANGED) {
            return null;
        }
        if (service.partner == null) {
            return null;
        }
        var ids = refs.locationIds(network, service, org.orElse(null));
        var copy = HsdsReader.JSON.convertValue(service.form, OfferForm.class);
        copy.setLocationIds(ids);
        copy.setVersion(null);
        return copy;
    }
}
