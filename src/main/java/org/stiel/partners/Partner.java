package org.stiel.partners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.network.LifeDomain;

/** The shared record of a partner organisation: what every network it belongs to sees. */
@Table("partner")
class Partner {

    @Id
    private final UUID id;

    private String name;
    private String description;
    private PartnerKind kind;
    private Set<LifeDomain> lifeDomains;
    private Reach reach;
    private String website;
    private String expertise;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "partner_id", keyColumn = "position")
    private List<Location> locations = new ArrayList<>();

    @MappedCollection(idColumn = "partner_id", keyColumn = "position")
    private List<Contact> contacts = new ArrayList<>();

    @PersistenceCreator
    Partner(
            UUID id,
            String name,
            String description,
            PartnerKind kind,
            Set<LifeDomain> lifeDomains,
            Reach reach,
            String website,
            String expertise,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.lifeDomains = lifeDomains == null || lifeDomains.isEmpty()
                ? EnumSet.noneOf(LifeDomain.class)
                : EnumSet.copyOf(lifeDomains);
        this.reach = reach;
        this.website = website;
        this.expertise = expertise;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Partner create(PartnerForm form, Instant now) {
        var partner = new Partner(UUID.randomUUID(), null, null, null, null, null, null, null, now, now, null);
        partner.apply(form, now);
        return partner;
    }

    void apply(PartnerForm form, Instant now) {
        this.name = form.getName().strip();
        this.description = trimmed(form.getDescription());
        this.kind = form.getKind();
        this.lifeDomains = EnumSet.copyOf(form.getLifeDomains());
        this.reach = form.getReach();
        this.website = trimmed(form.getWebsite());
        this.expertise = trimmed(form.getExpertise());
        // A location keeps its id while its address stays the same: offers refer to it (an HSDS location id), and
        // would otherwise lose their place whenever anything about the partner is saved.
        List<Location> previous = new ArrayList<>(locations == null ? List.of() : locations);
        List<Location> next = new ArrayList<>();
        for (var l : form.getLocations()) {
            String street = l.getStreet().strip();
            String postcode = l.getPostcode().strip();
            String city = l.getCity().strip();
            UUID id = UUID.randomUUID();
            for (var p : previous) {
                if (p.street().equals(street)
                        && p.postcode().equals(postcode)
                        && p.city().equals(city)) {
                    id = p.id();
                    previous.remove(p);
                    break;
                }
            }
            next.add(new Location(id, trimmed(l.getName()), street, postcode, city, l.getLatitude(), l.getLongitude()));
        }
        this.locations = next;
        this.contacts = form.getContacts().stream()
                .map(c -> new Contact(
                        UUID.randomUUID(),
                        c.getName().strip(),
                        trimmed(c.getRole()),
                        trimmed(c.getPhone()),
                        trimmed(c.getEmail())))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    PartnerKind kind() {
        return kind;
    }

    Set<LifeDomain> lifeDomains() {
        return lifeDomains;
    }

    Reach reach() {
        return reach;
    }

    String website() {
        return website;
    }

    String expertise() {
        return expertise;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long version() {
        return version;
    }

    List<Location> locations() {
        return locations;
    }

    List<Contact> contacts() {
        return contacts;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Table("partner_location")
    record Location(
            @Id UUID id, String name, String street, String postcode, String city, Double latitude, Double longitude) {}

    @Table("partner_contact")
    record Contact(@Id UUID id, String name, String role, String phone, String email) {}
}
