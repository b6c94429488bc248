package org.stiel.governance;

import java.time.LocalDate;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * A fresh network of a test's own for governance: a coordinator, two partners with staff, a steering-group member who
 * chairs a working group, a volunteer.
 */
public final class GovernanceWorld {

    public final TestNetworks fixtures;
    public final NetworkId network;
    public final PartnerId partner;
    public final PartnerId otherPartner;
    public final StielUser coordinator;
    public final StielUser staff;
    public final StielUser otherStaff;
    public final StielUser chair;
    public final StielUser volunteer;
    public final BodyId workingGroup;

    public GovernanceWorld(Networks networks, Accounts accounts, Partners partners, Bodies bodies) {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("gov").id();
        partner = fixtures.partner(network, TestNetworks.unique("Partner"), "Test");
        otherPartner = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Test");
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        otherStaff = fixtures.member(network, NetworkRole.PARTNER_STAFF, otherPartner);
        chair = fixtures.member(network, NetworkRole.STEERING_GROUP, "Voorzitter");
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
        workingGroup = bodies.create(
                coordinator,
                new BodyForm(
                        TestNetworks.unique("Werkgroep"),
                        BodyKind.WORKING_GROUP,
                        "Test",
                        chair.id().value()));
        bodies.addMember(
                coordinator,
                workingGroup,
                new MemberForm(partner.value(), staff.id().value(), LocalDate.of(2024, 1, 1)));
    }
}
