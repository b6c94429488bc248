package org.stiel.bench;

import java.util.List;

/**
 * The daily pages of the staff benchmark, per role: what partner staff and coordinators of a network open. Placeholders
 * in braces are filled per user ({@code {referral}} one of their partner's referrals, {@code {partner}} a partner of
 * the network with offers, {@code {round}} the latest lifecycle round, {@code {word}} a word of the decision log).
 */
final class StaffPages {

    record Page(String name, String url, int targetMillis) {}

    static final List<Page> COMMON = List.of(
            new Page("home", "/", 50),
            new Page("partners", "/partners", 50),
            new Page("partner", "/partners/{partner}", 50),
            new Page("feed", "/feed", 50),
            new Page("plan", "/plan", 50),
            new Page("board", "/plan/board", 50),
            new Page("decisions", "/governance/decisions?q={word}", 50),
            new Page("meetings", "/meetings", 50));

    static final List<Page> STAFF = List.of(
            new Page("inbox-new", "/referrals?box=NEW", 50),
            new Page("inbox-in-progress", "/referrals?box=IN_PROGRESS", 50),
            new Page("inbox-closed", "/referrals?box=CLOSED", 50),
            new Page("sent", "/referrals/sent", 50),
            new Page("referral", "/referrals/{referral}", 50),
            new Page("notifications", "/referrals/notifications", 50));

    static final List<Page> COORDINATOR = List.of(
            new Page("dashboard", "/referrals/dashboard", 300),
            new Page("lifecycle-results", "/lifecycle/rounds/{round}/results", 300),
            new Page("network-map", "/lifecycle/rounds/{round}/survey/results", 300),
            new Page("coverage", "/partners/coverage", 300),
            new Page("context-figures", "/insight/figures?indicator=CHILDREN_0_2", 300),
            new Page("gaps", "/insight/gaps", 300));

    private StaffPages() {}

    /** The pages of a role ({@code staff} or {@code coordinator}): its own, then the common ones. */
    static List<Page> forRole(String role) {
        var own = "coordinator".equals(role) ? COORDINATOR : STAFF;
        return java.util.stream.Stream.concat(own.stream(), COMMON.stream()).toList();
    }
}
