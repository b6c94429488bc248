package org.stiel.offer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stiel.network.LifeDomain;

/** Between the form and the view of an offer: filling a form, keeping it to the offer's own rows, and naming what changed. */
final class OfferForms {

    private OfferForms() {}

    /**
     * Schedule ids are public (HSDS) and unique over all offers: a person's form keeps only the ids of this offer's
     * own schedules, so a tampered id of another offer's schedule becomes a new row instead of a clash.
     */
    static void keepOwnScheduleIds(OfferForm form, Set<UUID> own) {
        for (ScheduleForm schedule : form.getSchedules()) {
            if (schedule.getId() != null && !own.contains(schedule.getId())) {
                schedule.setId(null);
            }
        }
    }

    /** Only the partner's own locations: an id of another partner's place is dropped, not stored. */
    static OfferForm keepOwnLocations(OfferForm form, List<OfferView.Place> partnerPlaces) {
        Set<UUID> own = partnerPlaces.stream().map(OfferView.Place::id).collect(Collectors.toSet());
        form.setLocationIds(new ArrayList<>(
                form.getLocationIds().stream().filter(own::contains).toList()));
        return form;
    }

    static OfferForm of(OfferView view) {
        var form = new OfferForm();
        form.setVersion(view.version());
        form.setName(view.name());
        form.setDescription(view.description());
        form.setKind(view.kind());
        form.setAudiences(view.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : view.audiences());
        form.setAgeMinMonths(view.ageMinMonths());
        form.setAgeMaxMonths(view.ageMaxMonths());
        form.setCost(view.cost());
        form.setPrice(view.price());
        form.setReducedTariff(view.reducedTariff());
        form.setCostNotes(view.costNotes());
        List<CostOptionForm> options = new ArrayList<>();
        for (var o : view.costOptions()) {
            var option = new CostOptionForm();
            option.setOption(o.option());
            option.setAmount(o.amount());
            options.add(option);
        }
        form.setCostOptions(options);
        form.setLanguages(view.languages());
        form.setInterpretation(view.interpretation());
        form.setAccessibility(view.accessibility());
        form.setRegistrationRequired(view.registrationRequired());
        form.setRegistrationHow(view.registrationHow());
        form.setRegistrationUrl(view.registrationUrl());
        form.setCapacity(view.capacity());
        form.setPlacesLeft(view.placesLeft());
        form.setReach(view.reach());
        form.setPillar(view.pillar());
        form.setLifeDomains(view.lifeDomains().isEmpty() ? EnumSet.noneOf(LifeDomain.class) : view.lifeDomains());
        form.setStatus(view.status());
        form.setOnline(view.online());
        form.setOnlineUrl(view.onlineUrl());
        form.setContactName(view.contactName());
        form.setContactEmail(view.contactEmail());
        form.setContactPhone(view.contactPhone());
        form.setPublished(view.published());
        form.setClosedInSchoolHolidays(view.closedInSchoolHolidays());
        form.setLocationIds(view.locations().stream().map(OfferView.Place::id).toList());
        List<ScheduleForm> schedules = new ArrayList<>();
        for (var s : view.schedules()) {
            var schedule = new ScheduleForm();
            schedule.setId(s.id());
            schedule.setDescription(s.description());
            schedule.setValidFrom(s.validFrom());
            schedule.setValidTo(s.validTo());
            schedule.setDtstart(s.dtstart());
            schedule.setOpensAt(s.opensAt());
            schedule.setClosesAt(s.closesAt());
            schedule.setFreq(s.freq());
            schedule.setInterval(s.interval());
            schedule.setByday(s.byday());
            schedule.setBymonthday(s.bymonthday());
            schedule.setCount(s.count());
            schedule.setUntil(s.until());
            schedule.setNotes(s.notes());
            schedules.add(schedule);
        }
        form.setSchedules(schedules);
        List<ClosureForm> closures = new ArrayList<>();
        for (var c : view.closures()) {
            var closure = new ClosureForm();
            closure.setFromDate(c.fromDate());
            closure.setToDate(c.toDate());
            closure.setReason(c.reason());
            closures.add(closure);
        }
        form.setClosures(closures);
        form.setLastVerified(view.lastVerified());
        return form;
    }

    /** Fields that differ, as message-key suffixes ({@code offer.field.NAME}). */
    static List<String> changes(OfferView before, OfferView after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", before, after, OfferView::name);
        compare(changes, "description", before, after, OfferView::description);
        compare(changes, "kind", before, after, OfferView::kind);
        compare(changes, "audiences", before, after, OfferView::audiences);
        compare(changes, "ageMinMonths", before, after, OfferView::ageMinMonths);
        compare(changes, "ageMaxMonths", before, after, OfferView::ageMaxMonths);
        compare(changes, "cost", before, after, OfferView::cost);
        compare(changes, "price", before, after, OfferView::price);
        compare(changes, "reducedTariff", before, after, OfferView::reducedTariff);
        compare(changes, "costNotes", before, after, OfferView::costNotes);
        compare(changes, "costOptions", before, after, OfferView::costOptions);
        compare(changes, "languages", before, after, OfferView::languages);
        compare(changes, "interpretation", before, after, OfferView::interpretation);
        compare(changes, "accessibility", before, after, OfferView::accessibility);
        compare(changes, "registrationRequired", before, after, OfferView::registrationRequired);
        compare(changes, "registrationHow", before, after, OfferView::registrationHow);
        compare(changes, "registrationUrl", before, after, OfferView::registrationUrl);
        compare(changes, "capacity", before, after, OfferView::capacity);
        compare(changes, "placesLeft", before, after, OfferView::placesLeft);
        compare(changes, "reach", before, after, OfferView::reach);
        compare(changes, "pillar", before, after, OfferView::pillar);
        compare(changes, "lifeDomains", before, after, OfferView::lifeDomains);
        compare(changes, "status", before, after, OfferView::status);
        compare(changes, "online", before, after, OfferView::online);
        compare(changes, "onlineUrl", before, after, OfferView::onlineUrl);
        compare(changes, "contactName", before, after, OfferView::contactName);
        compare(changes, "contactEmail", before, after, OfferView::contactEmail);
        compare(changes, "contactPhone", before, after, OfferView::contactPhone);
        compare(changes, "published", before, after, OfferView::published);
        compare(changes, "closedInSchoolHolidays", before, after, OfferView::closedInSchoolHolidays);
        compare(changes, "locations", before, after, OfferView::locations);
        compare(changes, "schedules", before, after, OfferView::schedules);
        compare(changes, "closures", before, after, OfferView::closures);
        compare(changes, "lastVerified", before, after, OfferView::lastVerified);
        return changes;
    }

    private static void compare(
            List<String> changes, String field, OfferView a, OfferView b, Function<OfferView, ?> value) {
        if (!Objects.equals(value.apply(a), value.apply(b))) {
            changes.add(field);
        }
    }
}
