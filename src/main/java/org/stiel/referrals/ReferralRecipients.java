package org.stiel.referrals;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/**
 * Whom a referral can go to: the other partners of the network and their active services. The only part of
 * referrals that reads the partners and offer modules; the caller has checked that the reader is staff of
 * {@code own}.
 */
@Component
class ReferralRecipients {

    private final Partners partners;
    private final Offers offers;

    ReferralRecipients(Partners partners, Offers offers) {
        this.partners = partners;
        this.offers = offers;
    }

    /** Every other partner of the network. */
    List<PartnerSummary> partners(NetworkId network, UUID own) {
        return partners.search(network, PartnerSearch.all()).stream()
                .filter(p -> !p.id().value().equals(own))
                .toList();
    }

    // filtered in SQL by network, kind, status and partner: only the reader's own partner is left out here
    List<RecipientService> services(NetworkId network, UUID recipient, UUID own) {
        return offers.list(network, new OfferFilter(recipient, OfferKind.SERVICE, OfferStatus.ACTIVE, false)).stream()
                .filter(o -> !o.partnerId().value().equals(own))
                .map(o -> new RecipientService(o.id(), o.name(), o.partnerId(), o.partnerName()))
                .toList();
    }

    /** Whether the offer is an active service of {@code recipient}, visible in the network. */
    boolean offersService(NetworkId network, UUID recipient, UUID offer) {
        if (recipient == null || offer == null) {
            return false;
        }
        return offers.find(network, new OfferId(offer))
                .filter(o -> o.partnerId().value().equals(recipient))
                .filter(o -> o.kind() == OfferKind.SERVICE && o.status() == OfferStatus.ACTIVE)
                .isPresent();
    }

    /**
     * The recipient of a new referral: a partner of the network other than the sender's own, and the service named (if
     * any) one it offers.
     *
     * @throws ServiceNotOfferedException when the service named is not an active service of the recipient
     */
    void check(NetworkId network, UUID own, ReferralForm form) {
        UUID recipient = Objects.requireNonNull(form.getRecipientPartnerId(), "recipient");
        if (partners.find(network, new PartnerId(recipient)).isEmpty()) {
            throw new NotFoundException("Partner");
        }
        if (recipient.equals(own)) {
            throw RuleViolation.on("recipientPartnerId", "referrals.recipient.self");
        }
        if (form.getOfferId() != null && !offersService(network, recipient, form.getOfferId())) {
            throw new ServiceNotOfferedException();
        }
    }
}
