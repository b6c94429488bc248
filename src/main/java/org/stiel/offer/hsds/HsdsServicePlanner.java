package org.stiel.offer.hsds;

import static org.stiel.offer.hsds.HsdsValues.array;
import static org.stiel.offer.hsds.HsdsValues.date;
import static org.stiel.offer.hsds.HsdsValues.decimal;
import static org.stiel.offer.hsds.HsdsValues.hsdsField;
import static org.stiel.offer.hsds.HsdsValues.integer;
import static org.stiel.offer.hsds.HsdsValues.months;
import static org.stiel.offer.hsds.HsdsValues.parseUuid;
import static org.stiel.offer.hsds.HsdsValues.time;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.network.LifeDomain;
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
import org.stiel.offer.hsds.HsdsPlan.ServicePlan;
import org.stiel.offer.hsds.HsdsReader.Document;
import org.stiel.offer.hsds.HsdsReader.Item;
import org.stiel.offer.hsds.HsdsTaxonomy.Facet;
import org.stiel.offer.hsds.HsdsTaxonomy.Feature;
import tools.jackson.databind.JsonNode;

/**
 * Plans one HSDS service: the offer form it becomes (schedules, costs, languages, places, taxonomy terms and
 * features), checked as the offer pages check it. What HSDS has no field for keeps the offer's current value.
 */
@Component
class HsdsServicePlanner {

    private final Offers offers;
    private final Validator validator;
    private final HsdsRefs refs;

    HsdsServicePlanner(Offers offers, Validator validator, HsdsRefs refs) {
        this.offers = offers;
        this.validator = validator;
        this.refs = refs;
    }

    void planService(HsdsPlan plan, Document doc, Item item, String orgId, Set<String> seen) {
        JsonNode node = item.node();
        String source = item.source();
        String id = HsdsReader.text(node, "id");
        if (id == null) {
            plan.error(source, "id", plan.msg("hsds.import.required"));
            return;
        }
        if (!seen.add(id)) {
            plan.error(source, "id", plan.msg("hsds.import.duplicate", id));
            return;
        }
        var service = new ServicePlan(id, source);
        service.orgId = orgId;
        service.existing = refs.resolveOffer(plan.network, id).orElse(null);
        UUID local = service.existing != null ? service.existing : refs.newOfferId(id);
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
            plan.error(source, "status", plan.msg("hsds.import.required"));
        } else {
            switch (status.toLowerCase(Locale.ROOT)) {
                case "active" -> form.setStatus(OfferStatus.ACTIVE);
                case "inactive", "temporarily closed" -> form.setStatus(OfferStatus.TEMPORARILY_CLOSED);
                case "defunct" -> form.setStatus(OfferStatus.ENDED);
                default -> plan.error(source, "status", plan.msg("hsds.import.status", status));
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
            plan.warning(source, "attributes", plan.msg("hsds.import.defaultLifeDomain"));
        }
        form.setLifeDomains(domains);
        if (audiences.isEmpty()) {
            audiences.add(Audience.WHOLE_FAMILY);
            plan.warning(source, "attributes", plan.msg("hsds.import.defaultAudience"));
        }
        form.setAudiences(audiences);
        if (form.getPillar() == null) {
            form.setPillar(Pillar.PARENTING_SUPPORT);
            plan.warning(source, "attributes", plan.msg("hsds.import.defaultPillar"));
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

    private void feature(HsdsPlan plan, String source, OfferForm form, Feature feature, String value) {
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

    private ScheduleForm schedule(HsdsPlan plan, String source, JsonNode row, UUID offer, OfferView current) {
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
            plan.error(source, "dtstart", plan.msg("hsds.import.required"));
        }
        form.setOpensAt(time(plan, source, row, "opens_at"));
        form.setClosesAt(time(plan, source, row, "closes_at"));
        String freq = HsdsReader.text(row, "freq");
        if (freq != null) {
            try {
                form.setFreq(Frequency.valueOf(freq.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                plan.error(source, "freq", plan.msg("hsds.import.freq", freq));
            }
        }
        form.setInterval(integer(plan, source, "interval", HsdsReader.text(row, "interval")));
        form.setByday(HsdsReader.text(row, "byday"));
        form.setBymonthday(integer(plan, source, "bymonthday", HsdsReader.text(row, "bymonthday")));
        form.setCount(integer(plan, source, "count", HsdsReader.text(row, "count")));
        form.setUntil(date(plan, source, row, "until"));
        return form;
    }
}
