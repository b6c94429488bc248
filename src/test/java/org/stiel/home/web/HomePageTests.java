package org.stiel.home.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.StielUser;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.Agreements;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.Meetings;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.Challenges;
import org.stiel.planning.GoalForm;
import org.stiel.planning.Goals;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/**
 * Each role's home page after login: the items that need the person, each a link to the page that shows it, with
 * counts from data in a network of the test's own; a person of another network sees none of it.
 */
@StielTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Referrals referrals;

    @Autowired
    Actions actions;

    @Autowired
    Goals goals;

    @Autowired
    Challenges challenges;

    @Autowired
    Rounds rounds;

    @Autowired
    Meetings meetings;

    @Autowired
    Agreements agreements;

    ReferralWorld world;
    ReferralWorld elsewhere;

    @BeforeEach
    void worlds() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        elsewhere = new ReferralWorld(networks, accounts, partners, referrals);
    }

    @Test
    void partnerStaffSeeNewAndAssignedReferralsTheirOverdueActionsRoundsToAnswerAndTheNextMeeting() throws Exception {
        world.sent();
        var assigned = world.sent();
        referrals.assign(world.recipient, assigned, world.recipient.id());
        overdueAction(ActionForm.memberOwner(world.recipient.id().value()));
        overdueAction(ActionForm.partnerOwner(world.recipientPartner.value()));
        overdueAction(ActionForm.memberOwner(world.coordinator.id().value()));
        var round = rounds.open(world.coordinator, new RoundForm(TestNetworks.unique("Voorjaarsronde"), later(14)));
        String meeting = meeting(world, TestNetworks.unique("Netwerkoverleg"));

        String page = home(world.recipient);

        assertThat(count(page, "/referrals?box=NEW")).isEqualTo(2);
        assertThat(count(page, "/referrals?box=NEW&amp;mine=true")).isEqualTo(1);
        assertThat(count(page, "/plan/mine"))
                .as("own and own partner's overdue actions")
                .isEqualTo(2);
        assertThat(count(page, "/offers/stale")).isZero();
        assertThat(page)
                .contains("/lifecycle/rounds/" + round.value() + "/answers")
                .contains(">" + meeting + "<")
                .doesNotContain("/governance/agreements")
                .doesNotContain("/referrals/dashboard");

        // the sender's partner received nothing, and nothing is assigned to the colleague
        assertThat(count(home(world.sender), "/referrals?box=NEW")).isZero();
        assertThat(count(home(world.recipientColleague), "/referrals?box=NEW&amp;mine=true"))
                .isZero();
    }

    @Test
    void theCoordinatorSeesReferralsWaitingPerStatusRoundCompletionOverdueActionsMeetingsAgreementsAndNews()
            throws Exception {
        world.sent();
        world.sent();
        overdueAction(ActionForm.partnerOwner(world.senderPartner.value()));
        var round = rounds.open(world.coordinator, new RoundForm(TestNetworks.unique("Najaarsronde"), later(14)));
        agreements.create(
                world.coordinator,
                new AgreementForm(
                        world.thirdPartner.value(), "Een ruimte", "Bekendmaking", later(-300), later(30), later(-300)));
        String meeting = meeting(world, TestNetworks.unique("Stuurgroep"));

        String page = home(world.coordinator);

        assertThat(page).containsPattern("href=\"/referrals/dashboard\">Verstuurd</a>\\s*<span[^>]*>2<");
        assertThat(count(page, "/plan/overdue")).isEqualTo(1);
        assertThat(count(page, "/governance/agreements")).isEqualTo(1);
        assertThat(count(page, "/feed"))
                .as("three partners registered this week")
                .isGreaterThanOrEqualTo(3);
        assertThat(page)
                .contains("/lifecycle/rounds/" + round.value() + "\"")
                .containsPattern("0 van \\d+ ingediend \\(0 %\\)")
                .contains(">" + meeting + "<")
                .doesNotContain("/referrals?box=NEW");
    }

    @Test
    void theSteeringGroupSeesTheGoalsProgressAndTheChallengesWaitingForAChoice() throws Exception {
        String goal = TestNetworks.unique("Elk gezin kent het Huis");
        var id = goals.create(world.coordinator, new GoalForm(goal, "Omdat", "7 op 10", null));
        challenges.propose(
                Actor.system(world.network, "Test"),
                new ChallengeForm("Gezinnen vinden ons niet", null, ChallengeSource.FAMILIES),
                null);
        challenges.propose(
                Actor.system(world.network, "Test"),
                new ChallengeForm("Wachtlijsten", null, ChallengeSource.CONTEXT),
                null);

        String page = home(world.steering);

        assertThat(page).contains("href=\"/plan/goals/" + id.value() + "\">" + goal + "<");
        assertThat(count(page, "/plan/challenges")).isEqualTo(2);
        assertThat(page).doesNotContain("/referrals").doesNotContain("/plan/overdue");

        // another network's steering group sees neither the goal nor the challenges
        String other = home(elsewhere.steering);
        assertThat(other).doesNotContain(goal);
        assertThat(count(other, "/plan/challenges")).isZero();
    }

    @Test
    void aVolunteerIsToldKindlyThatThereAreNoTasksYet() throws Exception {
        String page = home(world.volunteer);

        assertThat(page).contains("Je hebt nog geen taken").contains("href=\"/offers\"");
        assertThat(page).doesNotContain("/referrals").doesNotContain("/plan/mine");
        assertThat(mvc.perform(get("/?lang=en").with(user(world.volunteer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You have no tasks yet");
    }

    @Test
    void anotherNetworkSeesNothingOfThisOne() throws Exception {
        world.sent();
        overdueAction(ActionForm.partnerOwner(world.recipientPartner.value()));
        String meeting = meeting(world, TestNetworks.unique("Eigen overleg"));
        String secret = TestNetworks.unique("Geheime ronde");
        rounds.open(world.coordinator, new RoundForm(secret, later(14)));

        for (StielUser stranger : new StielUser[] {elsewhere.recipient, elsewhere.coordinator}) {
            String page = home(stranger);
            assertThat(page).doesNotContain(meeting).doesNotContain(secret);
            assertThat(count(page, stranger == elsewhere.recipient ? "/referrals?box=NEW" : "/plan/overdue"))
                    .isZero();
        }
        assertThat(home(elsewhere.coordinator))
                .containsPattern("href=\"/referrals/dashboard\">Verstuurd</a>\\s*<span[^>]*>0<");
    }

    private String home(StielUser user) throws Exception {
        return mvc.perform(get("/").with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The count shown beside the home item that links to {@code href}. */
    private static int count(String page, String href) {
        var matcher = Pattern.compile("href=\"" + Pattern.quote(href) + "\">[^<]*</a>\\s*<span[^>]*>(\\d+)<")
                .matcher(page);
        assertThat(matcher.find()).as("an item linking to %s", href).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private void overdueAction(String owner) {
        actions.create(
                world.coordinator,
                new ActionForm(
                        TestNetworks.unique("Achterstallig"),
                        "",
                        owner,
                        LocalDate.now().minusDays(3)),
                null);
    }

    private String meeting(ReferralWorld w, String title) {
        var form = new MeetingForm();
        form.setTitle(title);
        form.setDate(later(10));
        form.setStartTime(LocalTime.of(9, 30));
        form.setEndTime(LocalTime.of(11, 0));
        meetings.create(w.coordinator, form);
        return title;
    }

    private static LocalDate later(int days) {
        return LocalDate.now().plusDays(days);
    }
}
