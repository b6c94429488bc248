package org.stiel.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/** The action list: the coordinator keeps it, owners tick their actions off, other modules find theirs back. */
@StielTest
class ActionsTests {

    @Autowired
    Actions actions;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void theCoordinatorAddsAndChangesActionsAndTheOwnersStaffTicksThemOff() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("acties").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Trekker"), "Trekt de actie");
        var other = fixtures.partner(network, TestNetworks.unique("Ander"), "Een andere partner");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var otherStaff = fixtures.member(network, NetworkRole.PARTNER_STAFF, other);
        var steering = fixtures.member(network, NetworkRole.STEERING_GROUP);

        var id = actions.create(
                coordinator,
                new ActionForm(
                        " Infoavond plannen ", "", ActionForm.partnerOwner(partner.value()), LocalDate.of(2027, 3, 1)),
                new ActionSource("test-source", "ref-1"));

        var action = actions.get(network, id);
        assertThat(action.title()).isEqualTo("Infoavond plannen");
        assertThat(action.description()).isNull();
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.ownerPartner()).contains(partner);
        assertThat(action.ownerName()).startsWith("Trekker");
        assertThat(actions.bySource(network, "test-source")).containsOnlyKeys("ref-1");
        assertThatThrownBy(() -> actions.create(staff, new ActionForm("X", null, "", null), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> actions.changeStatus(otherStaff, id, ActionStatus.DONE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> actions.changeStatus(steering, id, ActionStatus.DONE))
                .isInstanceOf(ForbiddenException.class);

        actions.changeStatus(staff, id, ActionStatus.DONE);

        assertThat(actions.get(network, id).done()).isTrue();

        var form = actions.form(network, id);
        form.setOwner(ActionForm.memberOwner(steering.id().value()));
        actions.update(coordinator, id, form);

        assertThat(actions.get(network, id).ownerMember()).contains(steering.id());
        assertThat(actions.get(network, id).ownerName()).isEqualTo(steering.displayName());
        actions.changeStatus(steering, id, ActionStatus.OPEN);
        assertThat(actions.list(network)).extracting(ActionView::id).containsExactly(id);
        // the form was filled before the last change
        assertThatThrownBy(() -> actions.update(coordinator, id, form))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theOwnerMustBelongToTheNetwork() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("eigenaar").id();
        var elsewhere = fixtures.network("elders").id();
        var strangePartner = fixtures.partner(elsewhere, TestNetworks.unique("Vreemd"), "Van een ander netwerk");
        var stranger = fixtures.member(elsewhere, NetworkRole.STEERING_GROUP);
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);

        assertThatThrownBy(() -> actions.create(
                        coordinator,
                        new ActionForm("X", null, ActionForm.partnerOwner(strangePartner.value()), null),
                        null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> actions.create(
                        coordinator,
                        new ActionForm(
                                "X", null, ActionForm.memberOwner(stranger.id().value()), null),
                        null))
                .isInstanceOf(RuleViolation.class);
        assertThat(actions.list(network)).isEmpty();
        var id = actions.create(coordinator, new ActionForm("Van niemand", null, "", null), null);
        assertThatThrownBy(() -> actions.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
    }
}
