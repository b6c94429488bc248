package org.stiel.partners;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stiel.network.LifeDomain;

/** A partner as one network sees it: the shared record plus that network's membership details. */
public record PartnerView(
        PartnerId id,
        String name,
        String description,
        PartnerKind kind,
        Set<LifeDomain> lifeDomains,
        Reach reach,
        boolean core,
        String website,
        String expertise,
        String expectations,
        String interests,
        List<Location> locations,
        List<Contact> contacts,
        Instant updatedAt) {

    public record Location(
            String name, String street, String postcode, String city, Double latitude, Double longitude) {}

    public record Contact(String name, String role, String phone, String email) {}
}
