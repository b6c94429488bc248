package org.stiel.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/** The plan's rules as its facades keep them: goals and their progress, challenges and votes, actions. */
@StielTest
class PlanTests {

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    @Autowired
    Challenges challenges;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Validator validator;

    private TestNetworks fixtures() {
        return new TestNetworks(networks, accounts, partners);
    }

    private ActionId action(NetworkId network, GoalId goal, ActionStatus status, Integer progress) {
        var form = new ActionForm(TestNetworks.unique("Actie"), null, "", null);
        form.setGoalId(goal == null ? null : goal.value());
        form.setStatus(status);
        form.setProgress(progress);
        return actions.create(Actor.system(network, "Test"), form, null);
    }

    @Test
    void aGoalsProgressIsTheMeanOfItsActionsWithDoneAtAHundredAndCancelledLeftOut() {
        var fixtures = fixtures();
        var network = fixtures.network("voortgang").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Trekker"), "Trekt");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var goal = goals.create(coordinator, new GoalForm("Eén deur voor elk gezin", "Omdat", "7 op 10", null));

        assertThat(goals.get(network, goal).progress()).isZero();
        assertThat(goals.get(network, goal).actionCount()).isZero();

        var underWay = action(network, goal, ActionStatus.IN_PROGRESS, 40);
        var done = action(network, goal, ActionStatus.DONE, 10);
        action(network, goal, ActionStatus.CANCELLED, 90);
        action(network, null, ActionStatus.IN_PROGRESS, 0);

        // (40 + 100) / 2 = 70: the done action counts 100 whatever was sent, the cancelled 90 is left out, the
        // action without a goal belongs to no goal
        assertThat(actions.get(network, done).progress()).isEqualTo(100);
        assertThat(goals.get(network, goal).progress()).isEqualTo(70);
        assertThat(goals.get(network, goal).actionCount()).isEqualTo(3);
        assertThat(goals.list(network))
                .singleElement()
                .extracting(GoalView::progress)
                .isEqualTo(70);

        var form = actions.form(network, underWay);
        form.setResponsiblePartner(partner.value());
        actions.update(coordinator, underWay, form);
        actions.updateProgress(staff, underWay, null, 65);

        // (65 + 100) / 2 = 82.5 → 83
        assertThat(goals.get(network, goal).progress()).isEqualTo(83);
        actions.updateProgress(staff, underWay, ActionStatus.DONE, null);
        assertThat(goals.get(network, goal).progress()).isEqualTo(100);
    }

    @Test
    void onlyTheCoordinatorSetsAndPublishesGoalsWithinTheNetwork() {
        var fixtures = fixtures();
        var network = fixtures.network("doelen").id();
        var elsewhere = fixtures.network("elders").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Bib"), "Leest voor");
        var foreignPartner = fixtures.partner(elsewhere, TestNetworks.unique("Vreemd"), "Elders");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var foreignChallenge = challenges.propose(
                Actor.system(elsewhere, "Test"), new ChallengeForm("Elders", null, ChallengeSource.CONTEXT), null);
        var challenge = challenges.propose(
                Actor.system(network, "Test"),
                new ChallengeForm("Gezinnen vinden ons niet", null, ChallengeSource.FAMILIES),
                null);

        assertThatThrownBy(() -> goals.create(staff, new GoalForm("Doel", null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        var withForeignChallenge = new GoalForm("Doel", null, null, null);
        withForeignChallenge.setChallengeId(foreignChallenge.value());
        assertThatThrownBy(() -> goals.create(coordinator, withForeignChallenge))
                .isInstanceOf(RuleViolation.class);
        var withForeignPartner = new GoalForm("Doel", null, null, null);
        withForeignPartner.getPartners().add(new GoalForm.ServedGoal(foreignPartner.value(), "Eigen doel"));
        assertThatThrownBy(() -> goals.create(coordinator, withForeignPartner)).isInstanceOf(RuleViolation.class);

        var form = new GoalForm(" Eén deur ", "Waarom", "Maat", LocalDate.of(2027, 6, 30));
        form.setChallengeId(challenge.value());
        form.getPartners().add(new GoalForm.ServedGoal(partner.value(), "Meer gezinnen bereiken"));
        form.getPartners().add(new GoalForm.ServedGoal());
        var goal = goals.create(coordinator, form);

        var view = goals.get(network, goal);
        assertThat(view.title()).isEqualTo("Eén deur");
        assertThat(view.published()).isFalse();
        assertThat(view.challengeTitle()).isEqualTo("Gezinnen vinden ons niet");
        assertThat(view.partners()).singleElement().satisfies(p -> {
            assertThat(p.partner()).isEqualTo(partner);
            assertThat(p.partnerName()).startsWith("Bib");
            assertThat(p.ownGoal()).isEqualTo("Meer gezinnen bereiken");
        });
        // a challenge that became a goal is no longer open to votes
        assertThat(challenges.get(network, challenge).status()).isEqualTo(ChallengeStatus.GOAL);

        assertThatThrownBy(() -> goals.publish(staff, goal, true)).isInstanceOf(ForbiddenException.class);
        goals.publish(coordinator, goal, true);
        assertThat(goals.published(network)).extracting(GoalView::id).containsExactly(goal);
        assertThatThrownBy(() -> goals.get(elsewhere, goal)).isInstanceOf(NotFoundException.class);
        assertThat(goals.list(elsewhere)).isEmpty();

        var twice = new GoalForm("Doel", null, null, null);
        twice.getPartners().add(new GoalForm.ServedGoal(partner.value(), "a"));
        twice.getPartners().add(new GoalForm.ServedGoal(partner.value(), "b"));
        twice.getPartners().add(new GoalForm.ServedGoal(partner.value(), " "));
        assertThat(validator.validate(twice))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("partnersOnce", "partners[2].ownGoalGiven");
    }

    @Test
    void membersProposeStaffVoteOncePerPartnerAndTheCoordinatorDecides() {
        var fixtures = fixtures();
        var network = fixtures.network("stemmen").id();
        var first = fixtures.partner(network, TestNetworks.unique("Eerste"), "Een");
        var second = fixtures.partner(network, TestNetworks.unique("Tweede"), "Twee");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, first);
        var colleague = fixtures.member(network, NetworkRole.PARTNER_STAFF, first);
        var otherStaff = fixtures.member(network, NetworkRole.PARTNER_STAFF, second);
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER, "Vera Vrijwilliger");
        var steering = fixtures.member(network, NetworkRole.STEERING_GROUP);

        var id =
                challenges.propose(volunteer, new ChallengeForm(" Eenzame ouders ", "", ChallengeSource.PROFESSIONALS));
        var proposed = challenges.get(network, id);
        assertThat(proposed.title()).isEqualTo("Eenzame ouders");
        assertThat(proposed.description()).isNull();
        assertThat(proposed.status()).isEqualTo(ChallengeStatus.PROPOSED);
        assertThat(proposed.proposedByName()).isEqualTo("Vera Vrijwilliger");

        challenges.vote(staff, id, true);
        challenges.vote(colleague, id, true);
        challenges.vote(staff, id, true);
        assertThat(challenges.get(network, id).voteCount()).isEqualTo(1);
        challenges.vote(otherStaff, id, true);
        assertThat(challenges.get(network, id).voteCount()).isEqualTo(2);
        assertThat(challenges.get(network, id).votedBy(first)).isTrue();
        challenges.vote(colleague, id, false);
        assertThat(challenges.get(network, id).votes())
                .extracting(ChallengeView.Vote::partner)
                .containsExactly(second);
        assertThatThrownBy(() -> challenges.vote(steering, id, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> challenges.vote(coordinator, id, true)).isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> challenges.decide(staff, id, ChallengeStatus.PRIORITISED, 1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> challenges.decide(coordinator, id, ChallengeStatus.PRIORITISED, 0))
                .isInstanceOf(RuleViolation.class);
        challenges.decide(coordinator, id, ChallengeStatus.PRIORITISED, 1);
        assertThat(challenges.get(network, id).priority()).contains(1);
        challenges.vote(staff, id, true);
        assertThat(challenges.get(network, id).voteCount()).isEqualTo(2);

        challenges.decide(coordinator, id, ChallengeStatus.SET_ASIDE, null);
        assertThatThrownBy(() -> challenges.vote(staff, id, false)).isInstanceOf(RuleViolation.class);
        assertThat(challenges.get(network, id).voteCount()).isEqualTo(2);

        var elsewhere = fixtures.network("elders").id();
        assertThatThrownBy(() -> challenges.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
        assertThat(challenges.list(elsewhere)).isEmpty();
    }

    @Test
    void theResponsibleMoveAnActionOnAndContributorsSeeItAsTheirs() {
        var fixtures = fixtures();
        var network = fixtures.network("acties-plan").id();
        var responsible = fixtures.partner(network, TestNetworks.unique("Trekker"), "Trekt");
        var contributing = fixtures.partner(network, TestNetworks.unique("Helper"), "Helpt");
        var bystander = fixtures.partner(network, TestNetworks.unique("Toeschouwer"), "Kijkt");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, responsible);
        var helper = fixtures.member(network, NetworkRole.PARTNER_STAFF, contributing);
        var other = fixtures.member(network, NetworkRole.PARTNER_STAFF, bystander);
        var person = fixtures.member(network, NetworkRole.STEERING_GROUP, "Stijn Stuurgroep");

        var form = new ActionForm("Ontdekkingsbrunch", null, "", LocalDate.of(2027, 5, 1));
        form.setResponsiblePartner(responsible.value());
        form.setResponsiblePerson(person.id().value());
        form.setStartOn(LocalDate.of(2027, 2, 1));
        form.setQuickWin(true);
        form.getContributors()
                .add(new ActionForm.ContributorForm(contributing.value(), ContributorKind.ROOM, null, "grote zaal"));
        form.getContributors()
                .add(new ActionForm.ContributorForm(
                        responsible.value(), ContributorKind.MONEY, new BigDecimal("250"), null));
        form.getContributors().add(new ActionForm.ContributorForm());
        var id = actions.create(coordinator, form, null);

        var view = actions.get(network, id);
        assertThat(view.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(view.progress()).isZero();
        assertThat(view.ownerPartner()).contains(responsible);
        assertThat(view.ownerMember()).contains(person.id());
        assertThat(view.personName()).isEqualTo("Stijn Stuurgroep");
        assertThat(view.ownerName()).isEqualTo(view.partnerName()).startsWith("Trekker");
        assertThat(view.contributors())
                .extracting(ActionView.ContributorView::partner, ActionView.ContributorView::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(contributing, ContributorKind.ROOM),
                        org.assertj.core.groups.Tuple.tuple(responsible, ContributorKind.MONEY));

        assertThat(actions.mine(staff)).extracting(ActionView::id).containsExactly(id);
        assertThat(actions.mine(helper)).extracting(ActionView::id).containsExactly(id);
        assertThat(actions.mine(person)).extracting(ActionView::id).containsExactly(id);
        assertThat(actions.mine(other)).isEmpty();
        assertThat(actions.quickWins(network)).extracting(ActionView::id).containsExactly(id);

        assertThatThrownBy(() -> actions.updateProgress(helper, id, ActionStatus.IN_PROGRESS, 10))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> actions.updateProgress(other, id, null, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> actions.updateProgress(staff, id, null, 101)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> actions.updateProgress(staff, id, null, -1)).isInstanceOf(RuleViolation.class);
        actions.updateProgress(staff, id, ActionStatus.IN_PROGRESS, 30);
        actions.updateProgress(person, id, null, 45);
        assertThat(actions.get(network, id).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(actions.get(network, id).progress()).isEqualTo(45);
        actions.updateProgress(staff, id, ActionStatus.DONE, 50);
        assertThat(actions.get(network, id).progress()).isEqualTo(100);

        var invalid = new ActionForm("X", null, "", LocalDate.of(2027, 1, 1));
        invalid.setStartOn(LocalDate.of(2027, 2, 1));
        invalid.setProgress(120);
        invalid.getContributors().add(new ActionForm.ContributorForm(contributing.value(), null, null, null));
        assertThat(validator.validate(invalid))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("datesInOrder", "progress", "contributors[0].complete");

        var elsewhere = fixtures.network("elders").id();
        var foreignGoal = goals.create(Actor.system(elsewhere, "Test"), new GoalForm("Elders", null, null, null));
        var foreign = new ActionForm("X", null, "", null);
        foreign.setGoalId(foreignGoal.value());
        assertThatThrownBy(() -> actions.create(coordinator, foreign, null)).isInstanceOf(RuleViolation.class);
        var strangerPerson = new ActionForm("X", null, "", null);
        strangerPerson.setResponsiblePerson(
                fixtures.member(elsewhere, NetworkRole.VOLUNTEER).id().value());
        assertThatThrownBy(() -> actions.create(coordinator, strangerPerson, null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void overdueMeansDueBeforeTodayAndStillActive() {
        var fixtures = fixtures();
        var network = fixtures.network("te-laat").id();
        var today = actions.today();
        var late = dueOn(network, today.minusDays(1), ActionStatus.IN_PROGRESS);
        var lateOpen = dueOn(network, today.minusDays(30), ActionStatus.OPEN);
        dueOn(network, today.minusDays(1), ActionStatus.DONE);
        dueOn(network, today.minusDays(1), ActionStatus.CANCELLED);
        dueOn(network, today, ActionStatus.OPEN);
        dueOn(network, null, ActionStatus.OPEN);

        // the longest overdue first
        assertThat(actions.overdue(network)).extracting(ActionView::id).containsExactly(lateOpen, late);
    }

    private ActionId dueOn(NetworkId network, LocalDate due, ActionStatus status) {
        var form = new ActionForm(TestNetworks.unique("Actie"), null, "", due);
        form.setStatus(status);
        return actions.create(Actor.system(network, "Test"), form, null);
    }

    @Test
    void theOldSingleOwnerStillSetsOneOfTheTwo() {
        var form = new ActionForm("X", null, ActionForm.partnerOwner(java.util.UUID.randomUUID()), null);
        assertThat(form.getResponsiblePartner()).isNotNull();
        assertThat(form.getResponsiblePerson()).isNull();
        form.setOwner(ActionForm.memberOwner(java.util.UUID.randomUUID()));
        assertThat(form.getResponsiblePartner()).isNull();
        assertThat(form.getResponsiblePerson()).isNotNull();
    }
}
