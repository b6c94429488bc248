package org.stiel.lifecycle.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * A network of the test's own with partners, one staff member per partner (their representative in a round), a
 * coordinator and a steering group member.
 */
final class SurveyWorld {

    final NetworkId network;
    final List<PartnerId> partners = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<StielUser> staff = new ArrayList<>();
    final StielUser coordinator;
    final StielUser steering;
    final StielUser volunteer;
    private final Rounds rounds;
    private final CollaborationSurveys surveys;

    SurveyWorld(
            Networks networks,
            Accounts accounts,
            Partners partnerDirectory,
            Rounds rounds,
            CollaborationSurveys surveys,
            int size) {
        this(networks, accounts, partnerDirectory, rounds, surveys, names(size));
    }

    /** A world whose partners' names start with the given texts (a number follows, to keep them apart). */
    SurveyWorld(
            Networks networks,
            Accounts accounts,
            Partners partnerDirectory,
            Rounds rounds,
            CollaborationSurveys surveys,
            List<String> prefixes) {
        this.rounds = rounds;
        this.surveys = surveys;
        var fixtures = new TestNetworks(networks, accounts, partnerDirectory);
        network = fixtures.network("enquete").id();
        for (String prefix : prefixes) {
            String name = TestNetworks.unique(prefix);
            names.add(name);
            var id = fixtures.partner(network, name, "Een partner voor de enquête.");
            partners.add(id);
            staff.add(fixtures.member(network, NetworkRole.PARTNER_STAFF, id));
        }
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
    }

    private static List<String> names(int size) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("Partner " + (char) ('A' + i));
        }
        return names;
    }

    /** An open round, opened on the given day, closing in the future. */
    RoundId round(String title, LocalDate openedOn) {
        return rounds.open(
                Actor.system(network, "Test"),
                new RoundForm(title, LocalDate.now().plusDays(30)),
                openedOn,
                false);
    }

    void close(RoundId round) {
        rounds.close(Actor.system(network, "Test"), round, Instant.now());
    }

    /** Partner {@code i} hands in the given answers through the facade, as its representative. */
    void answer(RoundId round, int i, Integer temperature, Map<PartnerId, CollaborationLink> links) {
        surveys.save(
                staff.get(i),
                round,
                new CollaborationAnswers(temperature, null, links, Map.of(CollaborationFactor.PURPOSE_CLEAR_GOALS, 4)),
                true);
    }

    /** Partner {@code i} hands in exactly the given answers through the facade, as its representative. */
    void answerWith(RoundId round, int i, CollaborationAnswers answers) {
        surveys.save(staff.get(i), round, answers, true);
    }
}
