package org.stiel.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stiel.network.LifeDomain;

/** An offer of one partner, with its cost options, places, schedules and closures. */
@Table("offer")
class Offer {

    @Id
    private final UUID id;

    private final UUID partnerId;
    private OfferKind kind;
    private String name;
    private String description;
    private Set<Audience> audiences;
    private Integer ageMinMonths;
    private Integer ageMaxMonths;
    private OfferCost cost;
    private BigDecimal price;
    private boolean reducedTariff;
    private String costNotes;
    private List<String> languages;
    private boolean interpretation;
    private String accessibility;
    private boolean registrationRequired;
    private String registrationHow;
    private String registrationUrl;
    private Integer capacity;
    private Integer placesLeft;
    private OfferReach reach;
    private Pillar pillar;
    private Set<LifeDomain> lifeDomains;
    private OfferStatus status;
    private boolean online;
    private String onlineUrl;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean published;
    private LocalDate lastVerified;
    private boolean closedInSchoolHolidays;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "offer_id", keyColumn = "position")
    private List<CostOption> costOptions = new ArrayList<>();

    @MappedCollection(idColumn = "offer_id", keyColumn = "position")
    private List<Place> locations = new ArrayList<>();

    @MappedCollection(idColumn = "offer_id", keyColumn = "position")
    private List<Schedule> schedules = new ArrayList<>();

    @MappedCollection(idColumn = "offer_id", keyColumn = "position")
    private List<Closure> closures = new ArrayList<>();

    @PersistenceCreator
    Offer(UUID id, UUID partnerId, Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.partnerId = partnerId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Offer create(UUID id, UUID partnerId, OfferForm form, Instant now, LocalDate lastVerified) {
        var offer = new Offer(id, partnerId, now, now, null);
        offer.apply(form, now);
        offer.lastVerified = lastVerified;
        return offer;
    }

    void apply(OfferForm form, Instant now) {
        this.kind = form.getKind();
        this.name = form.getName().strip();
        this.description = trimmed(form.getDescription());
        this.audiences =
                form.getAudiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(form.getAudiences());
        this.ageMinMonths = form.getAgeMinMonths();
        this.ageMaxMonths = form.getAgeMaxMonths();
        this.cost = form.getCost();
        // a free offer has no price, whatever a form left in the field
        this.price = form.getCost() == OfferCost.FREE ? null : form.getPrice();
        this.reducedTariff = form.isReducedTariff();
        this.costNotes = trimmed(form.getCostNotes());
        this.languages = form.getLanguages().stream().distinct().toList();
        this.interpretation = form.isInterpretation();
        this.accessibility = trimmed(form.getAccessibility());
        this.registrationRequired = form.isRegistrationRequired();
        this.registrationHow = trimmed(form.getRegistrationHow());
        this.registrationUrl = trimmed(form.getRegistrationUrl());
        this.capacity = form.getCapacity();
        this.placesLeft = form.getPlacesLeft();
        this.reach = form.getReach();
        this.pillar = form.getPillar();
        this.lifeDomains = form.getLifeDomains().isEmpty()
                ? EnumSet.noneOf(LifeDomain.class)
                : EnumSet.copyOf(form.getLifeDomains());
        this.status = form.getStatus();
        this.online = form.isOnline();
        this.onlineUrl = trimmed(form.getOnlineUrl());
        this.contactName = trimmed(form.getContactName());
        this.contactEmail = trimmed(form.getContactEmail());
        this.contactPhone = trimmed(form.getContactPhone());
        this.published = form.isPublished();
        this.closedInSchoolHolidays = form.isClosedInSchoolHolidays();
        this.costOptions = new ArrayList<>(form.getCostOptions().stream()
                .map(o -> new CostOption(UUID.randomUUID(), o.getOption().strip(), o.getAmount(), "EUR"))
                .toList());
        this.locations = new ArrayList<>(
                form.getLocationIds().stream().distinct().map(Place::new).toList());
        this.schedules = new ArrayList<>(form.getSchedules().stream()
                .map(s -> new Schedule(
                        // the HSDS schedule id survives an edit; a new row gets one now
                        s.getId() != null ? s.getId() : UUID.randomUUID(),
                        trimmed(s.getDescription()),
                        s.getValidFrom(),
                        s.getValidTo(),
                        s.getDtstart(),
                        s.getOpensAt(),
                        s.getClosesAt(),
                        s.getFreq(),
                        s.getInterval(),
                        s.getByday(),
                        s.getBymonthday(),
                        s.getCount(),
                        s.getUntil(),
                        trimmed(s.getNotes())))
                .toList());
        this.closures = new ArrayList<>(form.getClosures().stream()
                .map(c -> new Closure(UUID.randomUUID(), c.getFromDate(), c.getToDate(), trimmed(c.getReason())))
                .toList());
        this.updatedAt = now;
    }

    void verified(LocalDate on, Instant now) {
        this.lastVerified = on;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    String name() {
        return name;
    }

    Long version() {
        return version;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Table("offer_cost_option")
    record CostOption(@Id UUID id, String option, BigDecimal amount, String currency) {}

    @Table("offer_location")
    record Place(UUID locationId) {}

    @Table("offer_schedule")
    record Schedule(
            @Id UUID id,
            String description,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate dtstart,
            LocalTime opensAt,
            LocalTime closesAt,
            Frequency freq,
            @Column("interval") Integer interval,
            String byday,
            Integer bymonthday,
            Integer count,
            LocalDate until,
            String notes) {}

    @Table("offer_closure")
    record Closure(@Id UUID id, LocalDate fromDate, LocalDate toDate, String reason) {}
}
