package org.stiel.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.stiel.network.LifeDomain;
import org.stiel.offer.internal.ConsistentOffer;

/**
 * An offer as entered in a form, sent to the API or imported. Mutable so that a page can bind it and show it again
 * with errors next to the fields. Rules between fields (age range, places left, schedule dates) are checked by
 * {@link ConsistentOffer}.
 */
@ConsistentOffer
public class OfferForm {
    /**
     * The version of the offer this form was filled from; a change is refused when the offer has moved on since.
     * Empty when adding an offer, and for API clients that accept that their change overwrites any other.
     */
    private Long version;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @Size(max = 4000, message = "{stiel.size.max}")
    private String description;

    @NotNull(message = "{stiel.required}")
    private OfferKind kind;

    @NotEmpty(message = "{stiel.choose}")
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    /** Months; negative is before birth, down to -9 (the start of a pregnancy). */
    @Min(value = -9, message = "{offer.age.months.range}")
    @Max(value = 1200, message = "{offer.age.months.range}")
    private Integer ageMinMonths;

    @Min(value = -9, message = "{offer.age.months.range}")
    @Max(value = 1200, message = "{offer.age.months.range}")
    private Integer ageMaxMonths;

    @NotNull(message = "{stiel.required}")
    private OfferCost cost = OfferCost.FREE;

    @DecimalMin(value = "0", message = "{stiel.number.min}")
    @DecimalMax(value = "99999", message = "{stiel.number.max}")
    private BigDecimal price;

    /** The UiTPAS social tariff (kansentarief) for families with a low income. */
    private boolean reducedTariff;

    @Size(max = 1000, message = "{stiel.size.max}")
    private String costNotes;

    @Size(max = 20, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") @Valid CostOptionForm> costOptions = new ArrayList<>();

    /** ISO 639-1 codes of the languages spoken, e.g. {@code nl}, {@code fr}. */
    @Size(max = 30, message = "{stiel.size.max}")
    // the codes are checked by ConsistentOffer, which reports them on the field rather than on one element of it
    private List<String> languages = new ArrayList<>();

    /** An interpreter can be arranged. */
    private boolean interpretation;

    @Size(max = 1000, message = "{stiel.size.max}")
    private String accessibility;

    private boolean registrationRequired;

    @Size(max = 1000, message = "{stiel.size.max}")
    private String registrationHow;

    @Size(max = 300, message = "{stiel.size.max}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{offer.url.pattern}")
    private String registrationUrl;

    @Min(value = 0, message = "{stiel.number.min}")
    @Max(value = 100000, message = "{stiel.number.max}")
    private Integer capacity;

    @Min(value = 0, message = "{stiel.number.min}")
    @Max(value = 100000, message = "{stiel.number.max}")
    private Integer placesLeft;

    @NotNull(message = "{stiel.required}")
    private OfferReach reach = OfferReach.UNIVERSAL;

    @NotNull(message = "{stiel.required}")
    private Pillar pillar;

    @NotEmpty(message = "{stiel.choose}")
    private Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);

    @NotNull(message = "{stiel.required}")
    private OfferStatus status = OfferStatus.ACTIVE;

    private boolean online;

    @Size(max = 300, message = "{stiel.size.max}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{offer.url.pattern}")
    private String onlineUrl;

    /** A function ("Onthaal"), not a private person. */
    @Size(max = 200, message = "{stiel.size.max}")
    private String contactName;

    @Size(max = 200, message = "{stiel.size.max}")
    @Email(message = "{stiel.email}")
    private String contactEmail;

    @Size(max = 50, message = "{stiel.size.max}")
    private String contactPhone;

    private boolean published = true;

    private boolean closedInSchoolHolidays;

    /** Ids of the partner's locations where the offer takes place, in order. */
    @Size(max = 50, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") UUID> locationIds = new ArrayList<>();

    @Size(max = 50, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") @Valid ScheduleForm> schedules = new ArrayList<>();

    @Size(max = 100, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") @Valid ClosureForm> closures = new ArrayList<>();

    /**
     * When the offer was last confirmed as correct. Only the trusted {@link Offers#register} and {@link Offers#replace}
     * (demo, import) take it from the form; people confirm with {@link Offers#verify} or by saving.
     */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastVerified;

    /**
     * Drops the rows a form left empty, so that they are neither validated nor stored, and blank languages. Null rows
     * count as empty: the API refuses them in validation, but this must not fail on input that was not validated.
     */
    public OfferForm withoutBlankRows() {
        costOptions.removeIf(row -> row == null || row.isBlank());
        schedules.removeIf(row -> row == null || row.isBlank());
        closures.removeIf(row -> row == null || row.isBlank());
        locationIds.removeIf(java.util.Objects::isNull);
        languages.removeIf(language -> language == null || language.isBlank());
        return this;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OfferKind getKind() {
        return kind;
    }

    public void setKind(OfferKind kind) {
        this.kind = kind;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(Set<Audience> audiences) {
        // a copy: the caller's set may be immutable, and null (from JSON) is left to @NotEmpty to report
        this.audiences = audiences == null
                ? null
                : audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
    }

    public Integer getAgeMinMonths() {
        return ageMinMonths;
    }

    public void setAgeMinMonths(Integer ageMinMonths) {
        this.ageMinMonths = ageMinMonths;
    }

    public Integer getAgeMaxMonths() {
        return ageMaxMonths;
    }

    public void setAgeMaxMonths(Integer ageMaxMonths) {
        this.ageMaxMonths = ageMaxMonths;
    }

    public OfferCost getCost() {
        return cost;
    }

    public void setCost(OfferCost cost) {
        this.cost = cost;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public boolean isReducedTariff() {
        return reducedTariff;
    }

    public void setReducedTariff(boolean reducedTariff) {
        this.reducedTariff = reducedTariff;
    }

    public String getCostNotes() {
        return costNotes;
    }

    public void setCostNotes(String costNotes) {
        this.costNotes = costNotes;
    }

    public List<CostOptionForm> getCostOptions() {
        return costOptions;
    }

    public void setCostOptions(List<CostOptionForm> costOptions) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.costOptions = costOptions == null ? new ArrayList<>() : new ArrayList<>(costOptions);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        // "nl, FR" as typed (Spring splits the text on commas) is the same as ["nl", "fr"]
        this.languages = new ArrayList<>();
        if (languages != null) {
            languages.forEach(language -> this.languages.add(
                    language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    public boolean isInterpretation() {
        return interpretation;
    }

    public void setInterpretation(boolean interpretation) {
        this.interpretation = interpretation;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public boolean isRegistrationRequired() {
        return registrationRequired;
    }

    public void setRegistrationRequired(boolean registrationRequired) {
        this.registrationRequired = registrationRequired;
    }

    public String getRegistrationHow() {
        return registrationHow;
    }

    public void setRegistrationHow(String registrationHow) {
        this.registrationHow = registrationHow;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(String registrationUrl) {
        this.registrationUrl = registrationUrl;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getPlacesLeft() {
        return placesLeft;
    }

    public void setPlacesLeft(Integer placesLeft) {
        this.placesLeft = placesLeft;
    }

    public OfferReach getReach() {
        return reach;
    }

    public void setReach(OfferReach reach) {
        this.reach = reach;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public void setPillar(Pillar pillar) {
        this.pillar = pillar;
    }

    public Set<LifeDomain> getLifeDomains() {
        return lifeDomains;
    }

    public void setLifeDomains(Set<LifeDomain> lifeDomains) {
        // a copy: the caller's set may be immutable, and null (from JSON) is left to @NotEmpty to report
        this.lifeDomains = lifeDomains == null
                ? null
                : lifeDomains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(lifeDomains);
    }

    public OfferStatus getStatus() {
        return status;
    }

    public void setStatus(OfferStatus status) {
        this.status = status;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public boolean isClosedInSchoolHolidays() {
        return closedInSchoolHolidays;
    }

    public void setClosedInSchoolHolidays(boolean closedInSchoolHolidays) {
        this.closedInSchoolHolidays = closedInSchoolHolidays;
    }

    public List<UUID> getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(List<UUID> locationIds) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.locationIds = locationIds == null ? new ArrayList<>() : new ArrayList<>(locationIds);
    }

    public List<ScheduleForm> getSchedules() {
        return schedules;
    }

    public void setSchedules(List<ScheduleForm> schedules) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.schedules = schedules == null ? new ArrayList<>() : new ArrayList<>(schedules);
    }

    public List<ClosureForm> getClosures() {
        return closures;
    }

    public void setClosures(List<ClosureForm> closures) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.closures = closures == null ? new ArrayList<>() : new ArrayList<>(closures);
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }
}
