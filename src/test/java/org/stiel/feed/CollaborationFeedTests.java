package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.Decisions;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.RoundOpened;
import org.stiel.lifecycle.Rounds;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.Meetings;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.GoalForm;
import org.stiel.planning.Goals;
import org.stiel.referrals.ReferralAccepted;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralAnswer;
import org.stiel.referrals.ReferralSent;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/**
 * The plan and the meetings reach "what's new" through their events, as the whole application runs them: what the
 * coordinator sets or plans shows with a link for every member; a referral publishes ids only and never shows.
 */
@StielTest
@RecordApplicationEvents
class CollaborationFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Goals goals;

    @Autowired
    Meetings meetings;

    @Autowired
    Referrals referrals;

    @Autowired
    Feed feed;

    @Autowired
    Decisions decisions;

    @Autowired
    Rounds rounds;

    @Test
    void aGoalSetAndAMeetingPlannedShowForEveryMemberWithLinks() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("feed-plan").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
        String title = TestNetworks.unique("Elke ouder vindt de weg");
        var goal = goals.create(coordinator, new GoalForm(title, "Omdat", "7 op 10", null));
        var form = new MeetingForm();
        form.setTitle("Netwerkoverleg maart");
        form.setDate(LocalDate.of(2031, 3, 11));
        form.setStartTime(LocalTime.of(9, 30));
        form.setEndTime(LocalTime.of(12, 0));
        var meeting = meetings.create(coordinator, form);

        awaitEntries(network, 2);
        String html = mvc.perform(get("/feed").with(user(volunteer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Nieuw doel:", "href=\"/plan/goals/" + goal.value() + "\"", title)
                .contains("Vergadering gepland:", "href=\"/meetings/" + meeting.value() + "\"");
        assertThat(html.indexOf("Vergadering gepland:")).isLessThan(html.indexOf("Nieuw doel:"));
    }

    @Test
    void aReferralPublishesIdsOnlyAndNeverShowsInTheFeed(ApplicationEvents events) {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        // the world's three partners
        awaitEntries(world.network, 3);
        var id = world.sent();
        referrals.read(world.recipient, id, false);
        referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.ACCEPT));

        assertThat(events.stream(ReferralSent.class))
                .filteredOn(e -> e.referral().equals(id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.network()).isEqualTo(world.network);
                    assertThat(e.sender()).isEqualTo(world.senderPartner);
                    assertThat(e.recipient()).isEqualTo(world.recipientPartner);
                });
        assertThat(events.stream(ReferralAccepted.class)
                        .filter(e -> e.referral().equals(id)))
                .hasSize(1);
        // nothing of the family can travel: the events hold ids, partners, a status and a time only
        assertThat(ReferralSent.class.getRecordComponents())
                .extracting(c -> c.getName())
                .containsExactly("network", "referral", "sender", "recipient", "occurredAt");
        assertThat(feed.latest(world.network, 200))
                .extracting(FeedEntry::subjectType)
                .containsOnly(FeedEntry.PARTNER);
    }

    @Test
    void aDecisionAndARoundShowWithTheirLinksAndTheRoundsEventsCarryItsTitle(ApplicationEvents events)
            throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("feed-besluit").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(
                network,
                NetworkRole.PARTNER_STAFF,
                fixtures.partner(network, TestNetworks.unique("Kinderopvang"), "Opvang"));
        var decision = decisions.record(
                coordinator, new DecisionForm("Gezamenlijke folder", null, LocalDate.of(2026, 11, 20), null), null);
        var round = rounds.open(
                coordinator, new RoundForm("Najaarsronde", LocalDate.now().plusDays(14)));

        assertThat(events.stream(RoundOpened.class).filter(e -> e.round().equals(round)))
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Najaarsronde"));
        // the partner, the decision and the round
        awaitEntries(network, 3);
        String html = mvc.perform(get("/feed").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Beslissing genomen:", "href=\"/governance/decisions/" + decision.value() + "\"")
                .contains("Vragenronde geopend:", "href=\"/lifecycle/rounds/" + round.value() + "\"");
    }

    private List<FeedEntry> awaitEntries(NetworkId network, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> feed.latest(network, 10), entries -> entries.size() >= count);
    }
}
