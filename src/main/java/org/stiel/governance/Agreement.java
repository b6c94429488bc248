package org.stiel.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A partner's cooperation agreement with a network; its document is kept apart (see {@link Agreements}). */
@Table("governance_agreement")
class Agreement {

    @Id
    private final UUID id;

    private final UUID networkId;
    private final UUID partnerId;
    private String partnerCommits;
    private String networkOffers;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate signedOn;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @PersistenceCreator
    Agreement(
            UUID id,
            UUID networkId,
            UUID partnerId,
            String partnerCommits,
            String networkOffers,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate signedOn,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this.id = id;
        this.networkId = networkId;
        this.partnerId = partnerId;
        this.partnerCommits = partnerCommits;
        this.networkOffers = networkOffers;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.signedOn = signedOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Agreement create(UUID network, AgreementForm form, Instant now) {
        var agreement = new Agreement(
                UUID.randomUUID(), network, form.getPartnerId(), null, null, null, null, null, now, now, null);
        agreement.apply(form, now);
        return agreement;
    }

    /** The partner stays: an agreement belongs to one partner for good. */
    void apply(AgreementForm form, Instant now) {
        partnerCommits = form.getPartnerCommits().strip();
        networkOffers = form.getNetworkOffers().strip();
        startsOn = form.getStartsOn();
        endsOn = form.getEndsOn();
        signedOn = form.getSignedOn();
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    String partnerCommits() {
        return partnerCommits;
    }

    String networkOffers() {
        return networkOffers;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    LocalDate signedOn() {
        return signedOn;
    }

    Long version() {
        return version;
    }
}
