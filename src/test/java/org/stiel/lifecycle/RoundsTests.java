package org.stiel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;

/** Opening a round invites the partner staff and steering group; closing it is the coordinator's. */
@StielTest
class RoundsTests {

    @Autowired
    Rounds rounds;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openingInvitesPartnerStaffAndSteeringGroupButNotOthers() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("ronde").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Bib"), "Bibliotheek");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);

        var id = rounds.open(
                coordinator, new RoundForm("Voorjaar", LocalDate.now().plusDays(14)));

        var participants = rounds.participants(network, id, Paging.first()).items();
        assertThat(participants).extracting(ParticipantView::user).containsExactly(steering.id(), staff.id());
        assertThat(participants.get(1).role()).isEqualTo(ParticipantRole.PARTNER_REPRESENTATIVE);
        assertThat(participants.get(1).partner()).contains(partner);
        assertThat(participants.get(0).partner()).isEmpty();
        assertThat(rounds.participant(volunteer, id)).isEmpty();
        assertThat(rounds.participant(staff, id)).isPresent();
        assertThat(rounds.completion(network, id)).isEqualTo(new Completion(2, 0, 0));
        var mails = new TestMails(jdbc);
        assertThat(mails.lastMailTo(staff.email()))
                // the round's page, which leads to the questions and the survey; nothing more in the link
                .hasValueSatisfying(body -> assertThat(body)
                        .contains("/lifecycle/rounds/" + id + "\n")
                        .doesNotContain("/answers")
                        .doesNotContain("/survey"));
        assertThat(mails.lastMailTo(volunteer.email())).isEmpty();
        assertThat(rounds.get(network, id).open()).isTrue();
        assertThat(jdbc.sql("select count(*) from lifecycle_round_question where round_id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(30);

        assertThatThrownBy(() -> rounds.close(staff, id)).isInstanceOf(ForbiddenException.class);
        rounds.close(coordinator, id);
        assertThat(rounds.get(network, id).open()).isFalse();
        assertThat(rounds.rounds(network)).extracting(RoundView::id).containsExactly(id);
    }

    @Test
    void anotherNetworkDoesNotFindTheRound() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen").id();
        var theirs = fixtures.network("vreemd").id();
        var id = rounds.open(
                fixtures.member(mine, NetworkRole.COORDINATOR),
                new RoundForm("R", LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))));
        var stranger = fixtures.member(theirs, NetworkRole.COORDINATOR);

        assertThat(rounds.find(theirs, id)).isEmpty();
        assertThatThrownBy(() -> rounds.close(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.participants(theirs, id, Paging.first()))
                .isInstanceOf(NotFoundException.class);
        assertThat(rounds.rounds(theirs)).isEmpty();
        assertThat(rounds.get(mine, id).open()).isTrue();
    }
}
