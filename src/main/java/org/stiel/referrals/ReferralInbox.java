package org.stiel.referrals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/**
 * The lists of partner staff: what their partner received (by tab), what it sent, the counts per tab and per
 * service, and the notifications. Every list is a keyset page read in SQL; names are looked up for the lines shown.
 * Lines carry nothing about the family: reading a list is not reading their data.
 */
@Service
@Transactional(readOnly = true)
public class ReferralInbox {

    /** How many unread notifications the inbox shows; the notifications page has them all. */
    public static final int LATEST_NOTICES = 5;

    private final InboxQueries queries;
    private final NotificationQueries notifications;
    private final ReferralNotifier notifier;
    private final ReferralNames names;
    private final java.time.Clock clock;

    ReferralInbox(
            InboxQueries queries,
            NotificationQueries notifications,
            ReferralNotifier notifier,
            ReferralNames names,
            java.time.Clock clock) {
        this.queries = queries;
        this.notifications = notifications;
        this.notifier = notifier;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The referrals the reader's partner received (drafts are the sender's alone), newest first.
     *
     * @param box one tab, or {@code null} for all
     * @param mineOnly only those assigned to the reader
     * @param service only those for this service of the partner, when given
     */
    public ListPage<ReferralLine> received(StielUser actor, Box box, boolean mineOnly, OfferId service, Paging paging) {
        UUID own = ReferralAccess.requireStaff(actor);
        UUID network = actor.networkId().value();
        var rows = queries.received(
                network,
                own,
                box,
                mineOnly ? actor.id().value() : null,
                service == null ? null : service.value(),
                paging);
        return lines(actor, ListPage.of(rows, paging, InboxQueries.Row::cursor));
    }

    /** The referrals the reader's partner sent, drafts included (under {@link Box#NEW}), newest first. */
    public ListPage<ReferralLine> sent(StielUser actor, Box box, Paging paging) {
        UUID own = ReferralAccess.requireStaff(actor);
        var rows = queries.sent(actor.networkId().value(), own, box, paging);
        return lines(actor, ListPage.of(rows, paging, InboxQueries.Row::cursor));
    }

    /** How many received referrals are in each tab, and how many notifications are unread. */
    public InboxCounts counts(StielUser actor) {
        UUID own = ReferralAccess.requireStaff(actor);
        UUID network = actor.networkId().value();
        var counts = queries.counts(network, own);
        return new InboxCounts(
                counts.get(Box.NEW),
                counts.get(Box.IN_PROGRESS),
                counts.get(Box.CLOSED),
                notifications.unreadCount(network, own));
    }

    /** How many received referrals are assigned to the reader, in each tab (every tab present). */
    public java.util.Map<Box, Integer> assignedToMe(StielUser actor) {
        UUID own = ReferralAccess.requireStaff(actor);
        return queries.assigned(actor.networkId().value(), own, actor.id().value());
    }

    /**
     * For the coordinator: how many of the network's referrals wait in each status that is neither a draft nor
     * final, every such status present, in the order of a referral's life.
     */
    public java.util.Map<ReferralStatus, Integer> waitingPerStatus(StielUser coordinator) {
        ReferralAccess.requireCoordinator(coordinator);
        return queries.waitingPerStatus(coordinator.networkId().value());
    }

    /** How many received referrals name each of the reader's partner's services (all tabs), most first. */
    public List<ServiceCount> serviceCounts(StielUser actor) {
        UUID own = ReferralAccess.requireStaff(actor);
        NetworkId network = actor.networkId();
        var counts = queries.perService(network.value(), own);
        var named = names.of(network, Set.of(own), counts.keySet(), Set.of());
        List<ServiceCount> list = new ArrayList<>();
        counts.forEach((offer, n) ->
                list.add(new ServiceCount(new OfferId(offer), named.offer(offer), named.partner(own), n)));
        return ReferralNumbers.sortedByCount(list);
    }

    /** The latest unread notifications of the reader's partner, newest first, as the inbox shows them. */
    public List<ReferralNotice> latestNotices(StielUser actor) {
        return notifications.latestUnread(
                actor.networkId().value(), ReferralAccess.requireStaff(actor), LATEST_NOTICES);
    }

    /** Every notification of the reader's partner, read or not, newest first. */
    public ListPage<ReferralNotice> notifications(StielUser actor, Paging paging) {
        return notifications.page(actor.networkId().value(), ReferralAccess.requireStaff(actor), paging);
    }

    @Transactional
    public void markNotificationsRead(StielUser actor) {
        notifier.markRead(actor.networkId().value(), ReferralAccess.requireStaff(actor), clock.instant());
    }

    private ListPage<ReferralLine> lines(StielUser actor, ListPage<InboxQueries.Row> rows) {
        Set<UUID> partners = new HashSet<>();
        Set<UUID> offers = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        for (var row : rows.items()) {
            partners.add(row.sender());
            partners.add(row.recipient());
            offers.add(row.offer());
            people.add(row.assignedTo());
        }
        var named = names.of(actor.networkId(), partners, offers, people);
        UUID me = actor.id().value();
        return rows.map(r -> new ReferralLine(
                new ReferralId(r.id()),
                r.status(),
                named.partner(r.sender()),
                named.partner(r.recipient()),
                r.offer() == null ? null : new OfferId(r.offer()),
                named.offer(r.offer()),
                r.lifeDomain(),
                r.urgency(),
                r.createdAt(),
                r.sentAt(),
                named.person(r.assignedTo()),
                me.equals(r.assignedTo())));
    }
}
