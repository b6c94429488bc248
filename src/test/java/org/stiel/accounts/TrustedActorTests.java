package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.referrals.Referrals;

/**
 * The writes the demo and imports use are the ones people use: a person needs the role, and only the installation,
 * named at the call site with {@link Actor#system}, passes without one (docs/adr/0021).
 */
@StielTest
class TrustedActorTests {

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    @Autowired
    Referrals referrals;

    TestNetworks fixtures;
    NetworkId network;
    PartnerId partner;
    StielUser volunteer;

    @BeforeEach
    void setUp() {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("trusted").id();
        partner = fixtures.partner(network, "Bibliotheek Zand", "Voorlezen");
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
    }

    @Test
    void aPersonWithoutTheRoleCannotUseTheWritesTheDemoUses() {
        var elsewhere = fixtures.network("trusted-elsewhere").id();
        var volunteerElsewhere = fixtures.member(elsewhere, NetworkRole.VOLUNTEER);

        assertThatThrownBy(() -> partners.create(volunteer, TestNetworks.form("Eigen partner", "Opvang")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> partners.addToNetwork(volunteerElsewhere, partner, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> offers.register(volunteer, partner, TestOffers.weekly("Voorlezen", LocalDate.now())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.publishConsentText(volunteer, "Toestemming van een vrijwilliger."))
                .isInstanceOf(ForbiddenException.class);
        assertThat(referrals.currentConsentText(network)).isEmpty();
    }

    @Test
    void theInstallationPassesAndIsNamedAsTheAuthor() {
        var installation = Actor.system(network, "Stiel (test)");

        int version = referrals.publishConsentText(installation, "Toestemming van de installatie.");
        var offer = offers.register(installation, partner, TestOffers.weekly("Voorlezen", LocalDate.now()));

        assertThat(referrals.currentConsentText(network).orElseThrow())
                .satisfies(text -> assertThat(text.version()).isEqualTo(version))
                .satisfies(text -> assertThat(text.createdBy()).isEqualTo("Stiel (test)"));
        assertThat(offers.get(network, offer).partnerId()).isEqualTo(partner);
        assertThat(installation.person()).isEmpty();
    }

    @Test
    void theInstallationPassesEveryRoleCheckAndAPersonOnlyTheirOwn() {
        var installation = Actor.system(network, "Stiel (test)");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);

        assertThat(Roles.coordinator(installation)).isTrue();
        assertThat(Roles.coordinatorOrStaffOf(installation, partner.value())).isTrue();
        assertThat(Roles.coordinator(coordinator)).isTrue();
        assertThat(Roles.coordinator(volunteer)).isFalse();
        assertThat(Roles.member(volunteer)).isTrue();
        assertThat(Roles.anyOf(volunteer, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP))
                .isFalse();
        assertThatThrownBy(() -> Require.coordinator(volunteer)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Actor.system(network, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
