package org.stiel.offer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.platform.StielTime;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * Once a week, asks the people who keep a stale offer to check it: the staff of its partner and the network's
 * coordinators. Each offer is nudged about at most once per 30 days. A mail carries a link to the stale-offer list
 * only, never the offer's or anyone's data, and one person gets one mail per network however many offers are stale.
 */
@Component
class StaleOfferNudges {

    static final Duration INTERVAL = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(StaleOfferNudges.class);

    private final Offers offers;
    private final Networks networks;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    StaleOfferNudges(
            Offers offers,
            Networks networks,
            Accounts accounts,
            JdbcClient jdbc,
            Notifications notifications,
            Clock clock) {
        this.offers = offers;
        this.networks = networks;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * MON", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "offer-stale-nudges", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional // mails and the record of who was nudged together: nobody is nudged twice after a failure
    void weekly() {
        int mails = nudge();
        if (mails > 0) {
            log.info("Sent {} stale-offer nudges", mails);
        }
    }

    /**
     * Sends the nudges that are due; answers how many mails went out. Per network, one statement finds the partners
     * with a stale offer that is due and records the nudge, and one finds whom to mail: nothing is read offer by offer
     * or member by member.
     */
    @Transactional
    int nudge() {
        // the database keeps microseconds: "nudged in this run" compares equal only at that precision
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = StielTime.today(clock);
        int mails = 0;
        for (NetworkView network : networks.all()) {
            var partners = nudgeStale(network.id(), today.minus(Offers.STALE_AFTER), now.minus(INTERVAL), now);
            if (partners.isEmpty()) {
                continue;
            }
            mails += notifications
                    .compose("offer.nudge")
                    .link("/offers/stale")
                    .send(Recipient.inDutch(accounts.coordinatorsAndStaffOf(network.id(), partners)));
        }
        return mails;
    }

    /**
     * The partners of the network with an offer that is stale and due for a nudge: never nudged, nudged
     * {@link #INTERVAL} or longer ago, or nudged at {@code now} (in this run, for another network of the partner).
     * Records the nudge of those offers at {@code now} in the same statement.
     */
    private List<UUID> nudgeStale(NetworkId network, LocalDate staleOnOrBefore, Instant dueBefore, Instant now) {
        return jdbc.sql("""
                        with due as (
                            select o.id, o.partner_id
                            from offer o
                            join partners_membership np on np.partner_id = o.partner_id and np.network_id = :network
                            left join offer_stale_nudge n on n.offer_id = o.id
                            where o.last_verified <= :staleDate and o.status <> 'ENDED'
                              and (n.last_nudged is null or n.last_nudged <= :dueBefore or n.last_nudged = :now)
                        ), nudged as (
                            insert into offer_stale_nudge (offer_id, last_nudged)
                            select id, :now from due
                            on conflict (offer_id) do update set last_nudged = excluded.last_nudged
                        )
                        select distinct partner_id from due
                        """)
                .param("network", network.value())
                .param("staleDate", staleOnOrBefore)
                .param("dueBefore", Timestamp.from(dueBefore))
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
    }
}
