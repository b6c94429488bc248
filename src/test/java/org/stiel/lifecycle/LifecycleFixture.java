package org.stiel.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.stiel.TestNetworks;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/** A network of its own with a coordinator, two partner representatives and a steering group member. */
final class LifecycleFixture {

    final NetworkId network;
    final PartnerId partnerA;
    final PartnerId partnerB;
    final StielUser coordinator;
    final StielUser staffA;
    final StielUser staffB;
    final StielUser steering;
    final StielUser volunteer;
    private final Rounds rounds;

    LifecycleFixture(TestNetworks fixtures, Rounds rounds, String label) {
        this.rounds = rounds;
        network = fixtures.network(label).id();
        partnerA = fixtures.partner(network, TestNetworks.unique("Partner A"), "Eerste partner");
        partnerB = fixtures.partner(network, TestNetworks.unique("Partner B"), "Tweede partner");
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        staffA = fixtures.member(network, NetworkRole.PARTNER_STAFF, partnerA);
        staffB = fixtures.member(network, NetworkRole.PARTNER_STAFF, partnerB);
        steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
    }

    RoundId open(String title) {
        return rounds.open(coordinator, new RoundForm(title, LocalDate.now().plusDays(14)));
    }

    /** Answers every question of the round with the one status, and hands the answers in. */
    void answerAll(StielUser who, RoundId round, AnswerStatus status) {
        List<AnswerForm> answers = rounds.questions(network, round).stream()
                .map(q -> new AnswerForm(q.id().value(), status, null, null))
                .toList();
        rounds.save(who, round, answers, true);
    }
}
