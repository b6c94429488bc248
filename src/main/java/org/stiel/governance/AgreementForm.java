package org.stiel.governance;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A partner's cooperation agreement (samenwerkingsovereenkomst) with the network, as the coordinator enters it.
 *
 * <p>A mutable class: a change keeps the partner, which the controller sets after binding.
 */
public class AgreementForm {

    /** The validation group of a new agreement: only then is the partner chosen; a renewal keeps it. */
    public interface New {}

    @NotNull(groups = New.class, message = "{governance.agreement.partner.required}")
    private UUID partnerId;

    /** What the partner commits to the network. */
    @NotBlank(message = "{stiel.required}")
    @Size(max = 4000, message = "{stiel.size.max}")
    private String partnerCommits;

    /** What the network offers the partner. */
    @NotBlank(message = "{stiel.required}")
    @Size(max = 4000, message = "{stiel.size.max}")
    private String networkOffers;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "{stiel.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    /** Empty while the agreement is not signed. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    private Long version;

    public AgreementForm() {}

    public AgreementForm(
            UUID partnerId,
            String partnerCommits,
            String networkOffers,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate signedOn) {
        this.partnerId = partnerId;
        this.partnerCommits = partnerCommits;
        this.networkOffers = networkOffers;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.signedOn = signedOn;
    }

    /** The period ends on or after its start; shown next to the end date. */
    @AssertTrue(message = "{governance.agreement.period.invalid}")
    public boolean isEndsOnValid() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(UUID partnerId) {
        this.partnerId = partnerId;
    }

    public String getPartnerCommits() {
        return partnerCommits;
    }

    public void setPartnerCommits(String partnerCommits) {
        this.partnerCommits = partnerCommits;
    }

    public String getNetworkOffers() {
        return networkOffers;
    }

    public void setNetworkOffers(String networkOffers) {
        this.networkOffers = networkOffers;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
