package org.stiel.referrals;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.stiel.network.LifeDomain;

/**
 * A new referral: the minimal data about the family, the need, and the consent record. The consent fields may stay
 * empty for a draft; sending needs all of them ({@link #hasConsent()}, and the {@link Send} group on a page).
 *
 * <p>A mutable class: the demo and the tests fill in its eighteen fields one by one.
 */
public class ReferralForm {

    /** The constraints that apply only when the referral is sent now: the complete consent record. */
    public interface Send {}

    @NotNull(message = "{stiel.required}")
    private UUID recipientPartnerId;

    /** Optionally one active service (an offer of kind SERVICE) of the recipient partner. */
    private UUID offerId;

    /** First name or initials of the person to contact: nothing more is needed. */
    @NotBlank(message = "{stiel.required}")
    @Size(max = 60, message = "{stiel.size.max}")
    private String contactName;

    @Size(max = 40, message = "{stiel.size.max}")
    private String contactPhone;

    @Email(message = "{stiel.email}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String contactEmail;

    @NotNull(message = "{stiel.required}")
    private PreferredContact preferredContact = PreferredContact.PHONE;

    @Size(max = 60, message = "{stiel.size.max}")
    private String language;

    @Size(max = 200, message = "{stiel.size.max}")
    private String contactTimes;

    /** Ages, not names: "3 en 7 jaar". */
    @Size(max = 100, message = "{stiel.size.max}")
    private String childrenAges;

    /**
     * The NIS code of the family's municipality, one of the network's, or empty when not known: the gap analysis
     * counts declined referrals by it. Checked against the network's municipalities by the facade (422 on the API).
     */
    private String municipalityNis;

    @NotNull(message = "{stiel.required}")
    private LifeDomain lifeDomain;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 1000, message = "{stiel.size.max}")
    private String need;

    @NotNull(message = "{stiel.required}")
    private Urgency urgency = Urgency.NORMAL;

    @NotBlank(groups = Send.class, message = "{referrals.consent.required}")
    @Size(max = 80, message = "{stiel.size.max}")
    private String consentGivenBy;

    /** Not in the future; checked against Belgian dates in the facade, not the server's zone. */
    @NotNull(groups = Send.class, message = "{referrals.consent.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    @NotNull(groups = Send.class, message = "{referrals.consent.required}")
    private ConsentMethod consentMethod;

    @NotBlank(groups = Send.class, message = "{referrals.consent.required}")
    @Size(max = 300, message = "{stiel.size.max}")
    private String consentPurpose;

    /** The version of the network's consent text that was shown to the family. */
    @NotNull(groups = Send.class, message = "{referrals.consent.shown}")
    private Integer consentTextVersion;

    /** The family can be reached the way it prefers: a phone number to call, an address to write to. */
    @AssertTrue(message = "{referrals.contact.unreachable}")
    public boolean isContactReachable() {
        return switch (preferredContact == null ? PreferredContact.THROUGH_REFERRER : preferredContact) {
            case PHONE -> hasText(contactPhone);
            case EMAIL -> hasText(contactEmail);
            case THROUGH_REFERRER -> true;
        };
    }

    /** Whether the consent record is complete: who, when, how, for what, and which text they saw. */
    public boolean hasConsent() {
        return hasText(consentGivenBy)
                && consentGivenOn != null
                && consentMethod != null
                && hasText(consentPurpose)
                && consentTextVersion != null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public UUID getRecipientPartnerId() {
        return recipientPartnerId;
    }

    public void setRecipientPartnerId(UUID recipientPartnerId) {
        this.recipientPartnerId = recipientPartnerId;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public void setOfferId(UUID offerId) {
        this.offerId = offerId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public PreferredContact getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(PreferredContact preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getContactTimes() {
        return contactTimes;
    }

    public void setContactTimes(String contactTimes) {
        this.contactTimes = contactTimes;
    }

    public String getChildrenAges() {
        return childrenAges;
    }

    public void setChildrenAges(String childrenAges) {
        this.childrenAges = childrenAges;
    }

    public String getMunicipalityNis() {
        return municipalityNis;
    }

    public void setMunicipalityNis(String municipalityNis) {
        this.municipalityNis = municipalityNis;
    }

    public LifeDomain getLifeDomain() {
        return lifeDomain;
    }

    public void setLifeDomain(LifeDomain lifeDomain) {
        this.lifeDomain = lifeDomain;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(ConsentMethod consentMethod) {
        this.consentMethod = consentMethod;
    }

    public String getConsentPurpose() {
        return consentPurpose;
    }

    public void setConsentPurpose(String consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    public Integer getConsentTextVersion() {
        return consentTextVersion;
    }

    public void setConsentTextVersion(Integer consentTextVersion) {
        this.consentTextVersion = consentTextVersion;
    }
}
