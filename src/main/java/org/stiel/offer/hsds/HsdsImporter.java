package org.stiel.offer.hsds;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.offer.Audience;
import org.stiel.offer.CostOptionForm;
import org.stiel.offer.Frequency;
import org.stiel.offer.OfferCost;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferReach;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.offer.Pillar;
import org.stiel.offer.ScheduleForm;
import org.stiel.offer.hsds.HsdsReader.Document;
import org.stiel.offer.hsds.HsdsReader.Item;
import org.stiel.offer.hsds.HsdsReport.Action;
import org.stiel.offer.hsds.HsdsTaxonomy.Facet;
import org.stiel.offer.hsds.HsdsTaxonomy.Feature;
import org.stiel.partners.LocationForm;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;
import tools.jackson.databind.JsonNode;

/**
 * Turns an HSDS document into partner and offer forms, checks them as the forms of the pages are checked, and works
 * out per record whether it is new, changed or the same. {@link #apply} then writes the plan through the partner and
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
    private final JdbcClient jdbc;

    HsdsImporter(Partners partners, Offers offers, Validator validator, MessageSource messages, JdbcClient jdbc) {
        this.partners = partners;
        this.offers = offers;
        this.validator = validator;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** What an import would do. Reads only. */
    Plan plan(NetworkId network, String fileName, byte[] content) {
        Document doc = HsdsReader.read(fileName, content);
        var plan = new Plan(network, fileName, messages);
        for (String problem : doc.problems()) {
            plan.error(fileName, "", msg("hsds.import.file." + problem));
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
            plan.error(fileName, "", msg("hsds.import.file.nothing"));
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
            planService(plan, doc, service, organizationOf(service, serviceOrg), seenServices);
        }
        Set<String> seenOrgs = new java.util.HashSet<>();
        for (Item org : organizations) {
            planOrganization(plan, doc, org, places, placeOrg, seenOrgs);
        }
        // every service needs its organization: in the file or already in the network
        for (ServicePlan service : plan.services) {
            if (service.orgId == null) {
                plan.error(service.source, "organization_id", msg("hsds.import.required"));
            } else if (plan.org(service.orgId).isEmpty()) {
                Optional<UUID> existing = resolvePartner(network, service.orgId);
                if (existing.isEmpty()) {
                    plan.error(
                            service.source, "organization_id", msg("hsds.import.unknownOrganization", service.orgId));
                } else {
                    service.partner = existing.get();
                }
            }
            for (String place : service.placeIds) {
                String owner = placeOrg.get(place);
                if (!places.containsKey(place)) {
                    plan.error(service.source, "service_at_locations", msg("hsds.import.unknownLocation", place));
                } else if (owner != null && !owner.equals(service.orgId)) {
                    plan.error(service.source, "service_at_locations", msg("hsds.import.otherLocation", place));
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
            Plan plan,
            Document doc,
            Item item,
            Map<String, JsonNode> places,
            Map<String, String> placeOrg,
            Set<String> seen) {
        JsonNode node = item.node();
        String id = HsdsReader.text(node, "id");
        if (id == null) {
            plan.error(item.source(), "id", msg("hsds.import.required"));
            return;
        }
        if (!seen.add(id)) {
            plan.error(item.source(), "id", msg("hsds.import.duplicate", id));
            return;
        }
        var org = new OrgPlan(id, item.source());
        Optional<UUID> existing = resolvePartner(plan.network, id);
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
                plan.warning(item.source(), "attributes", msg("hsds.import.defaultLifeDomain"));
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

    private LocationForm location(Plan plan, String source, JsonNode place) {
        var form = new LocationForm();
        form.setName(HsdsReader.text(place, "name"));
        JsonNode address = array(place, "addresses").stream().findFirst().orElse(null);
        if (address == null) {
            plan.error(source, "addresses", msg("hsds.import.address"));
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

    private void planService(Plan plan, Document doc, Item item, String orgId, Set<String> seen) {
        JsonNode node = item.node();
        String source = item.source();
        String id = HsdsReader.text(node, "id");
        if (id == null) {
            plan.error(source, "id", msg("hsds.import.required"));
            return;
        }
        if (!seen.add(id)) {
            plan.error(source, "id", msg("hsds.import.duplicate", id));
            return;
        }
        var service = new ServicePlan(id, source);
        service.orgId = orgId;
        service.existing = resolveOffer(plan.network, id).orElse(null);
        UUID local = service.existing != null ? service.existing : newOfferId(id);
        service.localId = local;
        OfferView current = service.existing != null ? offers.get(plan.network, new OfferId(service.existing)) : null;

        var form = new OfferForm();
        form.setName(HsdsReader.text(node, "name"));
        form.setDescription(HsdsReader.text(node, "description"));
        form.setRegistrationUrl(HsdsReader.text(node, "url"));
        form.setContactEmail(HsdsReader.text(node, "email"));
        form.setRegistrationHow(HsdsReader.text(node, "application_process"));
        form.setCostNotes(HsdsReader.text(node, "fees_description"));
        form.setInterpretation(HsdsReader.text(node, "interpretation_services") != null);
        String status = HsdsReader.text(node, "status");
        if (status == null) {
            plan.error(source, "status", msg("hsds.import.required"));
        } else {
            switch (status.toLowerCase(Locale.ROOT)) {
                case "active" -> form.setStatus(OfferStatus.ACTIVE);
                case "inactive", "temporarily closed" -> form.setStatus(OfferStatus.TEMPORARILY_CLOSED);
                case "defunct" -> form.setStatus(OfferStatus.ENDED);
                default -> plan.error(source, "status", msg("hsds.import.status", status));
            }
        }
        Integer min = months(plan, source, node, "minimum_age");
        Integer max = months(plan, source, node, "maximum_age");
        form.setAgeMinMonths(min);
        form.setAgeMaxMonths(max);
        form.setLastVerified(date(plan, source, node, "assured_date"));
        for (JsonNode phone : array(node, "phones")) {
            if (form.getContactPhone() == null) {
                form.setContactPhone(HsdsReader.text(phone, "number"));
            }
        }
        for (JsonNode contact : array(node, "contacts")) {
            if (form.getContactName() == null) {
                form.setContactName(HsdsReader.text(contact, "name"));
                if (form.getContactEmail() == null) {
                    form.setContactEmail(HsdsReader.text(contact, "email"));
                }
            }
        }
        // schedules
        List<ScheduleForm> schedules = new ArrayList<>();
        int i = 0;
        for (JsonNode row : array(node, "schedules")) {
            String where = doc.sourceOf(row, source, "schedules[" + i++ + "]");
            schedules.add(schedule(plan, where, row, local, current));
        }
        form.setSchedules(schedules);
        // costs
        List<CostOptionForm> options = new ArrayList<>();
        i = 0;
        boolean paid = false;
        for (JsonNode row : array(node, "cost_options")) {
            String where = doc.sourceOf(row, source, "cost_options[" + i++ + "]");
            BigDecimal amount = decimal(plan, where, row, "amount");
            String option = HsdsReader.text(row, "option");
            paid |= amount != null && amount.signum() > 0;
            if (HsdsWriter.PRICE_OPTION.equalsIgnoreCase(option)) {
                form.setPrice(amount);
            } else {
                var cost = new CostOptionForm();
                cost.setOption(option);
                cost.setAmount(amount);
                options.add(cost);
            }
        }
        form.setCostOptions(options);
        // languages
        List<String> languages = new ArrayList<>();
        for (JsonNode row : array(node, "languages")) {
            String code = HsdsReader.text(row, "code");
            if (code != null) {
                languages.add(code.toLowerCase(Locale.ROOT));
            }
        }
        form.setLanguages(languages);
        // places
        for (JsonNode sal : array(node, "service_at_locations")) {
            String place = HsdsReader.text(sal, "location_id");
            if (place == null && sal.get("location") != null) {
                place = HsdsReader.text(sal.get("location"), "id");
            }
            if (place != null) {
                service.placeIds.add(place);
            }
        }
        // taxonomy terms and features
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        OfferKind kind = null;
        for (JsonNode attribute : array(node, "attributes")) {
            String termId = HsdsReader.text(attribute, "taxonomy_term_id");
            if (termId == null && attribute.get("taxonomy_term") != null) {
                termId = HsdsReader.text(attribute.get("taxonomy_term"), "id");
            }
            var term = parseUuid(termId).flatMap(HsdsTaxonomy::term);
            if (term.isEmpty()) {
                continue;
            }
            String code = term.get().code();
            String value = HsdsReader.text(attribute, "value");
            switch (term.get().facet()) {
                case LIFE_DOMAIN -> domains.add(LifeDomain.valueOf(code));
                case PILLAR -> form.setPillar(Pillar.valueOf(code));
                case AUDIENCE -> audiences.add(Audience.valueOf(code));
                case KIND -> kind = OfferKind.valueOf(code);
                case AGE_GROUP -> {}
                case FEATURE -> feature(plan, source, form, Feature.valueOf(code), value);
            }
            if (term.get().facet() == Facet.FEATURE && Feature.valueOf(code) == Feature.PAID) {
                paid = true;
            }
        }
        form.setCost(
                paid || (form.getPrice() != null && form.getPrice().signum() > 0) ? OfferCost.PAID : OfferCost.FREE);
        if (domains.isEmpty()) {
            domains.add(LifeDomain.PARENTING_SUPPORT);
            plan.warning(source, "attributes", msg("hsds.import.defaultLifeDomain"));
        }
        form.setLifeDomains(domains);
        if (audiences.isEmpty()) {
            audiences.add(Audience.WHOLE_FAMILY);
            plan.warning(source, "attributes", msg("hsds.import.defaultAudience"));
        }
        form.setAudiences(audiences);
        if (form.getPillar() == null) {
            form.setPillar(Pillar.PARENTING_SUPPORT);
            plan.warning(source, "attributes", msg("hsds.import.defaultPillar"));
        }
        if (kind == null) {
            // dated when every schedule is one date, ongoing otherwise
            kind = !schedules.isEmpty() && schedules.stream().allMatch(s -> s.getFreq() == null)
                    ? OfferKind.ACTIVITY
                    : OfferKind.SERVICE;
        }
        form.setKind(kind);
        if (current != null) {
            // what HSDS has no field for stays as it is
            var before = offers.form(plan.network, new OfferId(service.existing));
            form.setClosures(before.getClosures());
            if (form.getLastVerified() == null) {
                form.setLastVerified(before.getLastVerified());
            }
        }
        form.withoutBlankRows();
        for (ConstraintViolation<OfferForm> v : validator.validate(form)) {
            plan.error(source, hsdsField(v.getPropertyPath().toString()), v.getMessage());
        }
        service.form = form;
        plan.services.add(service);
    }

    private void feature(Plan plan, String source, OfferForm form, Feature feature, String value) {
        switch (feature) {
            case PAID -> {}
            case REDUCED_TARIFF -> form.setReducedTariff(true);
            case REGISTRATION_REQUIRED -> form.setRegistrationRequired(true);
            case ONLINE -> {
                form.setOnline(true);
                form.setOnlineUrl(value);
            }
            case INTERPRETATION -> form.setInterpretation(true);
            case CLOSED_IN_SCHOOL_HOLIDAYS -> form.setClosedInSchoolHolidays(true);
            case EXTRA -> form.setReach(OfferReach.EXTRA);
            case NOT_PUBLISHED -> form.setPublished(false);
            case ACCESSIBILITY -> form.setAccessibility(value);
            case CAPACITY -> form.setCapacity(integer(plan, source, "attributes", value));
            case PLACES_LEFT -> form.setPlacesLeft(integer(plan, source, "attributes", value));
            case AGE_IN_MONTHS -> {
                if (value != null && value.contains("..")) {
                    String[] parts = value.split("\\.\\.", -1);
                    form.setAgeMinMonths(parts[0].isBlank() ? null : integer(plan, source, "attributes", parts[0]));
                    form.setAgeMaxMonths(parts[1].isBlank() ? null : integer(plan, source, "attributes", parts[1]));
                }
            }
        }
    }

    private ScheduleForm schedule(Plan plan, String source, JsonNode row, UUID offer, OfferView current) {
        var form = new ScheduleForm();
        String id = HsdsReader.text(row, "id");
        if (id != null) {
            boolean kept = current != null
                    && current.schedules().stream()
                            .anyMatch(s -> s.id().toString().equals(id));
            form.setId(kept ? UUID.fromString(id) : HsdsIds.v5(offer, "schedule:" + id));
        }
        form.setDescription(HsdsReader.text(row, "description"));
        form.setNotes(HsdsReader.text(row, "notes"));
        form.setValidFrom(date(plan, source, row, "valid_from"));
        form.setValidTo(date(plan, source, row, "valid_to"));
        LocalDate start = date(plan, source, row, "dtstart");
        form.setDtstart(start != null ? start : form.getValidFrom());
        if (form.getDtstart() == null) {
            plan.error(source, "dtstart", msg("hsds.import.required"));
        }
        form.setOpensAt(time(plan, source, row, "opens_at"));
        form.setClosesAt(time(plan, source, row, "closes_at"));
        String freq = HsdsReader.text(row, "freq");
        if (freq != null) {
            try {
                form.setFreq(Frequency.valueOf(freq.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                plan.error(source, "freq", msg("hsds.import.freq", freq));
            }
        }
        form.setInterval(integer(plan, source, "interval", HsdsReader.text(row, "interval")));
        form.setByday(HsdsReader.text(row, "byday"));
        form.setBymonthday(integer(plan, source, "bymonthday", HsdsReader.text(row, "bymonthday")));
        form.setCount(integer(plan, source, "count", HsdsReader.text(row, "count")));
        form.setUntil(date(plan, source, row, "until"));
        return form;
    }

    private Action classify(NetworkId network, ServicePlan service, Plan plan) {
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
    private OfferForm copyWithLocations(NetworkId network, ServicePlan service, Plan plan) {
        var org = plan.org(service.orgId);
        if (org.isPresent() && org.get().action != Action.UNCHANGED) {
            return null;
        }
        if (service.partner == null) {
            return null;
        }
        var ids = locationIds(network, service, org.orElse(null));
        var copy = HsdsReader.JSON.convertValue(service.form, OfferForm.class);
        copy.setLocationIds(ids);
        copy.setVersion(null);
        return copy;
    }

    private List<UUID> locationIds(NetworkId network, ServicePlan service, OrgPlan org) {
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

    /**
     * Writes the plan. The caller runs it in one transaction and checked that it has no errors. {@code progress}
     * hears how many records are done.
     */
    void apply(StielUser actor, Plan plan, IntConsumer progress) {
        if (!plan.errors.isEmpty()) {
            throw new IllegalStateException("An import with errors changes nothing");
        }
        NetworkId network = plan.network;
        int done = 0;
        for (OrgPlan org : plan.orgs) {
            switch (org.action) {
                case CREATE -> {
                    org.existing = partners.create(actor, org.form).value();
                }
                case UPDATE -> partners.update(actor, new PartnerId(org.existing), org.form);
                case UNCHANGED -> {}
            }
            remember(network, "organization", org.hsdsId, org.existing);
            progress.accept(++done);
        }
        for (ServicePlan service : plan.services) {
            plan.org(service.orgId).ifPresent(org -> service.partner = org.existing);
            if (service.action != Action.UNCHANGED) {
                var form = service.form;
                form.setLocationIds(
                        locationIds(network, service, plan.org(service.orgId).orElse(null)));
                if (service.existing == null) {
                    offers.register(actor, new OfferId(service.localId), new PartnerId(service.partner), form);
                } else {
                    offers.replace(actor, new OfferId(service.existing), form);
                }
            }
            remember(network, "service", service.hsdsId, service.localId);
            progress.accept(++done);
        }
    }

    private void remember(NetworkId network, String entity, String hsdsId, UUID local) {
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
    private UUID newOfferId(String hsdsId) {
        return parseUuid(hsdsId)
                .filter(id -> jdbc.sql("select count(*) from offer where id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single()
                        == 0)
                .orElseGet(UUID::randomUUID);
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(HsdsReader.JSON.valueToTree(a), HsdsReader.JSON.valueToTree(b));
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    private Integer months(Plan plan, String source, JsonNode node, String field) {
        BigDecimal years = decimal(plan, source, node, field);
        return years == null
                ? null
                : years.multiply(BigDecimal.valueOf(12))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private BigDecimal decimal(Plan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            plan.error(source, field, msg("hsds.import.number", text));
            return null;
        }
    }

    private Double number(Plan plan, String source, JsonNode node, String field) {
        BigDecimal value = decimal(plan, source, node, field);
        return value == null
                ? null
                : new BigDecimal(HsdsReader.text(node, field).replace(',', '.')).doubleValue();
    }

    private Integer integer(Plan plan, String source, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            plan.error(source, field, msg("hsds.import.integer", text));
            return null;
        }
    }

    private LocalDate date(Plan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            plan.error(source, field, msg("hsds.import.date", text));
            return null;
        }
    }

    private LocalTime time(Plan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (RuntimeException e) {
            plan.error(source, field, msg("hsds.import.time", text));
            return null;
        }
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A form property as the HSDS field it came from, so that the report names what is in the file. */
    private static String hsdsField(String property) {
        String root = property.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        return switch (root) {
            case "ageMinMonths" -> "minimum_age";
            case "ageMaxMonths" -> "maximum_age";
            case "registrationUrl" -> "url";
            case "contactEmail" -> "email";
            case "contactName" -> "contacts";
            case "contactPhone" -> "phones";
            case "registrationHow" -> "application_process";
            case "costNotes" -> "fees_description";
            case "costOptions", "price" -> "cost_options";
            case "schedules" -> "schedules";
            case "languages" -> "languages";
            case "locations", "locationIds" -> "locations";
            case "website" -> "website";
            case "lifeDomains", "audiences", "pillar", "kind", "capacity", "placesLeft", "onlineUrl" -> "attributes";
            case "" -> "";
            default -> property.isEmpty() ? "" : root;
        };
    }

    /** A message of the report; a value from the file in it is cut short, so that the report echoes little. */
    private String msg(String key, Object... args) {
        Object[] shortened = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shortened[i] = args[i] instanceof String text ? HsdsIssues.shorten(text, HsdsIssues.VALUE) : args[i];
        }
        return messages.getMessage(key, shortened, key, LocaleContextHolder.getLocale());
    }

    /** The import worked out: what happens to each record, and what is wrong. */
    static final class Plan {

        /** How many records the report lists; it counts them all. */
        static final int LINES = 200;

        final NetworkId network;
        final String fileName;
        final List<OrgPlan> orgs = new ArrayList<>();
        final List<ServicePlan> services = new ArrayList<>();
        final HsdsIssues errors = new HsdsIssues();
        final HsdsIssues warnings = new HsdsIssues();
        private final MessageSource messages;

        Plan(NetworkId network, String fileName, MessageSource messages) {
            this.network = network;
            this.fileName = HsdsIssues.shorten(fileName, HsdsIssues.VALUE);
            this.messages = messages;
        }

        void error(String source, String field, String message) {
            errors.add(source, field, message);
        }

        void warning(String source, String field, String message) {
            warnings.add(source, field, message);
        }

        Optional<OrgPlan> org(String hsdsId) {
            return orgs.stream().filter(o -> o.hsdsId.equals(hsdsId)).findFirst();
        }

        int size() {
            return orgs.size() + services.size();
        }

        HsdsReport report() {
            List<HsdsReport.Line> lines = new ArrayList<>();
            long[] counts = new long[Action.values().length];
            orgs.forEach(o -> line(lines, counts, o.action, "organization", o.hsdsId, o.form.getName(), o.source));
            services.forEach(s -> line(lines, counts, s.action, "service", s.hsdsId, s.form.getName(), s.source));
            String more = "hsds.import.more";
            var locale = LocaleContextHolder.getLocale();
            return new HsdsReport(
                    lines,
                    errors.list(fileName, n -> messages.getMessage(more, new Object[] {n}, more, locale)),
                    warnings.list(fileName, n -> messages.getMessage(more, new Object[] {n}, more, locale)),
                    new HsdsReport.Counts(
                            counts[Action.CREATE.ordinal()],
                            counts[Action.UPDATE.ordinal()],
                            counts[Action.UNCHANGED.ordinal()],
                            errors.count(),
                            warnings.count()));
        }

        private static void line(
                List<HsdsReport.Line> lines,
                long[] counts,
                Action action,
                String entity,
                String hsdsId,
                String name,
                String source) {
            if (action != null) {
                counts[action.ordinal()]++;
            }
            if (lines.size() < LINES) {
                lines.add(new HsdsReport.Line(
                        action,
                        entity,
                        HsdsIssues.shorten(hsdsId, HsdsIssues.VALUE),
                        HsdsIssues.shorten(name, HsdsIssues.VALUE),
                        HsdsIssues.shorten(source, 2 * HsdsIssues.VALUE)));
            }
        }
    }

    static final class OrgPlan {
        final String hsdsId;
        final String source;
        final List<String> placeIds = new ArrayList<>();
        PartnerForm form;
        UUID existing;
        Action action;

        OrgPlan(String hsdsId, String source) {
            this.hsdsId = hsdsId;
            this.source = source;
        }
    }

    static final class ServicePlan {
        final String hsdsId;
        final String source;
        final List<String> placeIds = new ArrayList<>();
        String orgId;
        UUID existing;
        UUID localId;
        UUID partner;
        OfferForm form;
        Action action;

        ServicePlan(String hsdsId, String source) {
            this.hsdsId = hsdsId;
            this.source = source;
        }
    }
}
