package org.stiel.referrals;

import java.time.LocalDate;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * A network of a test's own with a consent text, three partners (sender, recipient, third) with one staff member
 * each, and the other roles; all tests share one database, so every test builds its own.
 */
public final class ReferralWorld {

    public final NetworkId network;
    public final PartnerId senderPartner;
    public final PartnerId recipientPartner;
    public final PartnerId thirdPartner;
    public final StielUser sender;
    public final StielUser recipient;
    public final StielUser recipientColleague;
    public final StielUser third;
    public final StielUser coordinator;
    public final StielUser steering;
    public final StielUser volunteer;
    public final int consentVersion;
    private final Referrals referrals;

    public ReferralWorld(Networks networks, Accounts accounts, Partners partners, Referrals referrals) {
        this.referrals = referrals;
        var fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("referrals").id();
        senderPartner = fixtures.partner(network, TestNetworks.unique("Verwijzer"), "Stuurt door.");
        recipientPartner = fixtures.partner(network, TestNetworks.unique("Ontvanger"), "Ontvangt.");
        thirdPartner = fixtures.partner(network, TestNetworks.unique("Derde"), "Staat erbuiten.");
        sender = fixtures.member(network, NetworkRole.PARTNER_STAFF, senderPartner);
        recipient = fixtures.member(network, NetworkRole.PARTNER_STAFF, recipientPartner);
        recipientColleague = fixtures.member(network, NetworkRole.PARTNER_STAFF, recipientPartner);
        third = fixtures.member(network, NetworkRole.PARTNER_STAFF, thirdPartner);
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
        consentVersion = referrals.publishConsentText(Actor.system(network, "Test"), "Toestemmingstekst voor de test.");
    }

    /** A complete form to the recipient, consent included. */
    public ReferralForm form() {
        var form = new ReferralForm();
        form.setRecipientPartnerId(recipientPartner.value());
        form.setContactName("Zoë-" + TestNetworks.unique("fam").replace(' ', '-'));
        form.setContactPhone("0470 12 34 56");
        // the contact person's own address: subject access and erasure find a family by it
        form.setContactEmail(TestNetworks.slug("gezin") + "@example.org");
        form.setPreferredContact(PreferredContact.PHONE);
        form.setLanguage("Nederlands");
        form.setChildrenAges("2 en 5 jaar");
        form.setLifeDomain(LifeDomain.CHILDCARE);
        form.setNeed("Geheime vraag van het gezin over opvang");
        form.setUrgency(Urgency.NORMAL);
        form.setConsentGivenBy("Mama");
        form.setConsentGivenOn(LocalDate.of(2026, 1, 5));
        form.setConsentMethod(ConsentMethod.VERBAL);
        form.setConsentPurpose("Contact over opvang");
        form.setConsentTextVersion(consentVersion);
        return form;
    }

    /** Registers an offer of a partner of this network: a service (active, unpublished) or another kind/state. */
    public static OfferId offer(
            Offers offers, NetworkId network, PartnerId partner, String name, OfferKind kind, OfferStatus status) {
        var form = TestOffers.weekly(TestNetworks.unique(name), LocalDate.now());
        form.setKind(kind);
        form.setStatus(status);
        // a referral is between professionals: a service not shown to families can still receive one
        form.setPublished(false);
        return offers.register(Actor.system(network, "Test"), partner, form);
    }

    public OfferId service(Offers offers, PartnerId partner, String name) {
        return offer(offers, network, partner, name, OfferKind.SERVICE, OfferStatus.ACTIVE);
    }

    public ReferralId sent() {
        return referrals.create(sender, form(), true);
    }

    public ReferralId draft() {
        return referrals.create(sender, form(), false);
    }
}
