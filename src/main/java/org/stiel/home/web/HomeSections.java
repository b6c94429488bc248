package org.stiel.home.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.StielUser;
import org.stiel.feed.Feed;
import org.stiel.governance.Agreements;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Rounds;
import org.stiel.meetings.Meetings;
import org.stiel.offer.Offers;
import org.stiel.planning.Actions;
import org.stiel.planning.Challenges;
import org.stiel.planning.Goals;
import org.stiel.platform.Paging;
import org.stiel.referrals.ReferralInbox;

/**
 * Gathers each role's home page from the owning modules' APIs: counts in SQL and short first pages, so that the page
 * costs the same in a network of ten partners as in one of a thousand.
 */
@Component
@Transactional(readOnly = true)
class HomeSections {

    /** How many of a kind the page lists before linking to the full page. */
    static final int SHORT = 3;

    static final int LATEST_NEWS = 5;

    private final ReferralInbox inbox;
    private final Actions actions;
    private final Offers offers;
    private final Rounds rounds;
    private final CollaborationSurveys surveys;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Goals goals;
    private final Challenges challenges;
    private final Feed feed;
    private final Clock clock;

    HomeSections(
            ReferralInbox inbox,
            Actions actions,
            Offers offers,
            Rounds rounds,
            CollaborationSurveys surveys,
            Meetings meetings,
            Agreements agreements,
            Goals goals,
            Challenges challenges,
            Feed feed,
            Clock clock) {
        this.inbox = inbox;
        this.actions = actions;
        this.offers = offers;
        this.rounds = rounds;
        this.surveys = surveys;
        this.meetings = meetings;
        this.agreements = agreements;
        this.goals = goals;
        this.challenges = challenges;
        this.feed = feed;
        this.clock = clock;
    }

    /** New and assigned referrals, own overdue actions, own stale offers, rounds to answer, the next meeting. */
    Home partnerStaff(StielUser user) {
        return Home.empty()
                .withStaff(
                        inbox.counts(user),
                        inbox.assignedToMe(user),
                        actions.countOverdueMine(user),
                        offers.countStaleFor(user))
                .withRounds(rounds.openInvitations(user), surveys.answerable(user))
                .withMeetings(nextMeetings(user, 1));
    }

    /**
     * Referrals waiting per status, round completion, overdue actions, the next meetings, agreements to renew, what's
     * new.
     */
    Home coordinator(StielUser user) {
        var network = user.networkId();
        var open = rounds.page(network, Paging.first(SHORT)).items().stream()
                .filter(r -> r.open())
                .map(r -> new Home.RoundProgress(r, rounds.completion(network, r.id())))
                .toList();
        var now = clock.instant();
        int thisWeek = feed.counts(network, now.minus(Duration.ofDays(7)), now).stream()
                .mapToInt(c -> c.count())
                .sum();
        return Home.empty()
                .withCoordinator(
                        inbox.waitingPerStatus(user),
                        actions.countOverdue(network),
                        offers.countStaleFor(user),
                        open,
                        agreements.countNeedingAttention(network),
                        thisWeek,
                        feed.latest(network, LATEST_NEWS))
                .withMeetings(nextMeetings(user, SHORT));
    }

    /** The goals' progress, the challenges that wait for a choice, rounds to answer, the next meetings. */
    Home steeringGroup(StielUser user) {
        var network = user.networkId();
        return Home.empty()
                .withSteering(goals.page(network, Paging.first(SHORT + 2)).items(), challenges.countOpen(network))
                .withRounds(rounds.openInvitations(user), List.of())
                .withMeetings(nextMeetings(user, SHORT));
    }

    /** A volunteer's own tasks: none yet (shifts come with the participation module); the page says so. */
    Home volunteer(StielUser user) {
        user.networkId();
        return Home.empty();
    }

    private List<org.stiel.meetings.MeetingView> nextMeetings(StielUser user, int count) {
        return meetings.listPage(user.networkId(), true, Paging.first(count)).items();
    }
}
