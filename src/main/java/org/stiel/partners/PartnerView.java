package org.stiel.partners;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stiel.network.LifeDomain;

/**
 * A partner as one network sees it: the shared record plus that network's membership details. {@code version} is the
 * shared record's, which every change (membership fields too) moves on; a form or API client sends it back so that a
 * change made meanwhile by someone else is refused instead of overwritten.
 */
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
        Instant updatedAt,
        Long version) {

    public record Location(
            String name, String street, String postcode, String city, Double latitude, Double longitude) {}

    public record Contact(String name, String role, String phone, String email) {}
}
