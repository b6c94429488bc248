package org.stiel.partners;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Between the form and the view of a partner: filling a form, and naming what changed. */
final class PartnerForms {

    private PartnerForms() {}

    static PartnerForm of(PartnerView view) {
        var form = new PartnerForm();
        form.setVersion(view.version());
        form.setName(view.name());
        form.setDescription(view.description());
        form.setKind(view.kind());
        form.setLifeDomains(
                view.lifeDomains().isEmpty()
                        ? EnumSet.noneOf(org.stiel.network.LifeDomain.class)
                        : EnumSet.copyOf(view.lifeDomains()));
        form.setReach(view.reach());
        form.setCore(view.core());
        form.setWebsite(view.website());
        form.setExpertise(view.expertise());
        form.setExpectations(view.expectations());
        form.setInterests(view.interests());
        List<LocationForm> locations = new ArrayList<>();
        for (var l : view.locations()) {
            var location = new LocationForm();
            location.setName(l.name());
            location.setStreet(l.street());
            location.setPostcode(l.postcode());
            location.setCity(l.city());
            location.setLatitude(l.latitude());
            location.setLongitude(l.longitude());
            locations.add(location);
        }
        form.setLocations(locations);
        List<ContactForm> contacts = new ArrayList<>();
        for (var c : view.contacts()) {
            var contact = new ContactForm();
            contact.setName(c.name());
            contact.setRole(c.role());
            contact.setPhone(c.phone());
            contact.setEmail(c.email());
            contacts.add(contact);
        }
        form.setContacts(contacts);
        return form;
    }

    /** Fields of the shared record that differ, as message-key suffixes. */
    static List<String> sharedChanges(PartnerView before, PartnerView after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", before, after, PartnerView::name);
        compare(changes, "description", before, after, PartnerView::description);
        compare(changes, "kind", before, after, PartnerView::kind);
        compare(changes, "lifeDomains", before, after, PartnerView::lifeDomains);
        compare(changes, "reach", before, after, PartnerView::reach);
        compare(changes, "website", before, after, PartnerView::website);
        compare(changes, "expertise", before, after, PartnerView::expertise);
        compare(changes, "locations", before, after, PartnerView::locations);
        compare(changes, "contacts", before, after, PartnerView::contacts);
        return changes;
    }

    /** Fields of the network membership that differ. */
    static List<String> membershipChanges(PartnerView before, PartnerView after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "core", before, after, PartnerView::core);
        compare(changes, "expectations", before, after, PartnerView::expectations);
        compare(changes, "interests", before, after, PartnerView::interests);
        return changes;
    }

    private static void compare(
            List<String> changes, String field, PartnerView a, PartnerView b, Function<PartnerView, ?> value) {
        if (!Objects.equals(value.apply(a), value.apply(b))) {
            changes.add(field);
        }
    }
}
