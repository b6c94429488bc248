package org.stiel.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.accounts.DigestSubscriptions;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.platform.StielTime;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * Once a week (Monday 07:00 in Brussels by default, {@code stiel.digest.cron}), tells the members who asked for it
 * what was new in their network the week before: a count and a link per kind of change, never a name or a text
 * someone typed. A network's week is claimed in the same transaction that queues its mails, so a second run (a
 * restart, another instance) sends nothing for a week already sent.
 */
@Component
class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Networks networks;
    private final DigestSubscriptions subscriptions;
    private final Feed feed;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;
    private final TransactionTemplate transactions;

    WeeklyDigest(
            Networks networks,
            DigestSubscriptions subscriptions,
            Feed feed,
            JdbcClient jdbc,
            Notifications notifications,
            Clock clock,
            TransactionTemplate transactions) {
        this.networks = networks;
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${stiel.digest.cron:0 0 7 * * MON}", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "feed-weekly-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void weekly() {
        int mails = send();
        if (mails > 0) {
            log.info("Sent {} weekly digests", mails);
        }
    }

    /**
     * Sends the digest of the last whole week (Monday to Sunday, in the clock's zone) to every network not yet sent
     * it, one transaction per network. Answers how many mails went out.
     */
    int send() {
        LocalDate thisMonday = StielTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate week = thisMonday.minusWeeks(1);
        int mails = 0;
        for (NetworkView network : networks.all()) {
            // one transaction per network: the claim and the queued mails commit together, or neither does
            Integer sent = transactions.execute(status -> sendFor(network.id(), week));
            mails += sent == null ? 0 : sent;
        }
        return mails;
    }

    private int sendFor(NetworkId network, LocalDate week) {
        // claim the week first: on a second run the row is there and nothing is sent
        int claimed = jdbc.sql("""
                        insert into feed_digest (network_id, last_week, sent_at) values (?, ?, ?)
                        on conflict (network_id) do update set last_week = excluded.last_week, sent_at = excluded.sent_at
                        where feed_digest.last_week < excluded.last_week
                        """)
                .params(network.value(), week, Timestamp.from(clock.instant()))
                .update();
        if (claimed == 0) {
            return 0;
        }
        var zone = StielTime.ZONE;
        List<FeedCount> counts = feed.counts(
                network,
                week.atStartOfDay(zone).toInstant(),
                week.plusWeeks(1).atStartOfDay(zone).toInstant());
        if (counts.isEmpty()) {
            return 0;
        }
        List<String> recipients = subscriptions.recipients(network);
        if (recipients.isEmpty()) {
            return 0;
        }
        // the mails are in Dutch, like the other scheduled mails, until a person's language is kept
        return notifications
                .compose("feed.digest")
                .subject(DAY.format(week))
                .body(DAY.format(week), DAY.format(week.plusDays(6)), lines(counts), notifications.link("/feed"))
                .link("/account")
                .send(Recipient.inDutch(recipients));
    }

    private Notifications.Lines lines(List<FeedCount> counts) {
        List<MessageSourceResolvable> lines = counts.stream()
                .map(count -> Notifications.text(
                        List.of("feed.digest.line"),
                        count.count(),
                        Notifications.text(List.of(
                                "feed.digest.kind." + count.subjectType() + "." + count.action(),
                                "feed.digest.kind.other")),
                        notifications.link(linkOf(count))))
                .toList();
        return Notifications.lines(lines);
    }

    /** Where a kind of change is seen: its list for partners and offers, the feed for anything else. */
    private static String linkOf(FeedCount count) {
        return switch (count.subjectType()) {
            case FeedEntry.PARTNER -> "/partners";
            case FeedEntry.OFFER -> "/offers";
            default -> "/feed";
        };
    }
}
