package org.stiel.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stiel.network.LifeDomain;

/**
 * A partner's record as entered in a form or sent to the API. Mutable so that a page can bind it and show it again
 * with errors next to the fields. {@code core}, {@code expectations} and {@code interests} belong to the partner's
 * membership of the current network; the rest is shared by all its networks.
 */
public class PartnerForm {

    /**
     * The version of the partner this form was filled from; a change is refused when the partner has moved on since.
     * Empty when adding a partner, and for API clients that accept that their change overwrites any other.
     */
    private Long version;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @Size(max = 2000, message = "{stiel.size.max}")
    private String description;

    @NotNull(message = "{stiel.required}")
    private PartnerKind kind;

    @NotEmpty(message = "{stiel.choose}")
    private Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);

    @NotNull(message = "{stiel.required}")
    private Reach reach = Reach.UNIVERSAL;

    private boolean core;

    @Size(max = 300, message = "{stiel.size.max}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{partners.website.pattern}")
    private String website;

    @Size(max = 2000, message = "{stiel.size.max}")
    private String expertise;

    @Size(max = 2000, message = "{stiel.size.max}")
    private String expectations;

    @Size(max = 2000, message = "{stiel.size.max}")
    private String interests;

    // @NotNull elements: JSON may send [null], which validation would otherwise let through to the service; the
    // cap keeps one request from storing an unbounded number of rows (no partner has anywhere near 50)
    @Size(max = 50, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") @Valid LocationForm> locations = new ArrayList<>();

    @Size(max = 50, message = "{stiel.size.items}")
    private List<@NotNull(message = "{stiel.required}") @Valid ContactForm> contacts = new ArrayList<>();

    /**
     * Drops the rows a form left empty, so that they are neither validated nor stored. Null rows count as empty: the
     * API refuses them in validation, but this must not fail on input that was not validated first.
     */
    public PartnerForm withoutBlankRows() {
        locations.removeIf(location -> location == null || location.isBlank());
        contacts.removeIf(contact -> contact == null || contact.isBlank());
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

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
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

    public Reach getReach() {
        return reach;
    }

    public void setReach(Reach reach) {
        this.reach = reach;
    }

    public boolean isCore() {
        return core;
    }

    public void setCore(boolean core) {
        this.core = core;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public List<LocationForm> getLocations() {
        return locations;
    }

    public void setLocations(List<LocationForm> locations) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.locations = locations == null ? new ArrayList<>() : new ArrayList<>(locations);
    }

    public List<ContactForm> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactForm> contacts) {
        // a mutable copy: withoutBlankRows() removes from it, and JSON may send null
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
    }
}
