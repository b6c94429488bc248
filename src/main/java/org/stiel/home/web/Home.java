package org.stiel.home.web;

import java.util.List;
import java.util.Map;
import org.stiel.feed.FeedEntry;
import org.stiel.lifecycle.Completion;
import org.stiel.lifecycle.Invitation;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.RoundView;
import org.stiel.meetings.MeetingView;
import org.stiel.planning.GoalView;
import org.stiel.referrals.Box;
import org.stiel.referrals.InboxCounts;
import org.stiel.referrals.ReferralStatus;

/**
 * What one person's home page shows; a part left {@code null} is not for their role. Every number was counted in
 * SQL, every list is bounded.
 */
record Home(
        InboxCounts inbox,
        Map<Box, Integer> assignedToMe,
        Map<ReferralStatus, Integer> waiting,
        Integer overdueActions,
        Integer staleOffers,
        List<Invitation> invitations,
        List<RoundId> surveys,
        List<RoundProgress> rounds,
        List<MeetingView> meetings,
        Integer agreementsToRenew,
        Integer newsThisWeek,
        List<FeedEntry> news,
        List<GoalView> goals,
        Integer openChallenges) {

    /** An open round and how far its participants got. */
    record RoundProgress(RoundView round, Completion completion) {}

    public int assignedNew() {
        return assignedToMe.getOrDefault(Box.NEW, 0);
    }

    public int assignedInProgress() {
        return assignedToMe.getOrDefault(Box.IN_PROGRESS, 0);
    }

    static Home empty() {
        return new Home(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    Home withStaff(InboxCounts inbox, Map<Box, Integer> assignedToMe, int overdue, int stale) {
        return new Home(
                inbox,
                assignedToMe,
                waiting,
                overdue,
                stale,
                invitations,
                surveys,
                rounds,
                meetings,
                agreementsToRenew,
                newsThisWeek,
                news,
                goals,
                openChallenges);
    }

    Home withCoordinator(
            Map<ReferralStatus, Integer> waiting,
            int overdue,
            int stale,
            List<RoundProgress> rounds,
            int agreements,
            int newsThisWeek,
            List<FeedEntry> news) {
        return new Home(
                inbox,
                assignedToMe,
                waiting,
                overdue,
                stale,
                invitations,
                surveys,
                rounds,
                meetings,
                agreements,
                newsThisWeek,
                news,
                goals,
                openChallenges);
    }

    Home withSteering(List<GoalView> goals, int openChallenges) {
        return new Home(
                inbox,
                assignedToMe,
                waiting,
                overdueActions,
                staleOffers,
                invitations,
                surveys,
                rounds,
                meetings,
                agreementsToRenew,
                newsThisWeek,
                news,
                goals,
                openChallenges);
    }

    Home withRounds(List<Invitation> invitations, List<RoundId> surveys) {
        return new Home(
                inbox,
                assignedToMe,
                waiting,
                overdueActions,
                staleOffers,
                invitations,
                surveys,
                rounds,
                meetings,
                agreementsToRenew,
                newsThisWeek,
                news,
                goals,
                openChallenges);
    }

    Home withMeetings(List<MeetingView> meetings) {
        return new Home(
                inbox,
                assignedToMe,
                waiting,
                overdueActions,
                staleOffers,
                invitations,
                surveys,
                rounds,
                meetings,
                agreementsToRenew,
                newsThisWeek,
                news,
                goals,
                openChallenges);
    }
}
