package org.stiel.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.platform.StielTime;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * Every morning, tells a network's coordinators which cooperation agreements end within
 * {@value AgreementStatus#SOON_DAYS} days, so they are renewed in time. An agreement is reminded once per period: the
 * reminder is recorded with the end date it was about, so a renewed agreement (a new end date) is reminded again
 * before its new end. A coordinator gets one mail per network, carrying a link to the agreement list only.
 */
@Component
class AgreementReminders {

    private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

    private final Networks networks;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    AgreementReminders(
            Networks networks, Accounts accounts, JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.networks = networks;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "0 15 7 * * *", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "governance-agreement-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional // remind() is called on this object, not through the proxy: the transaction starts here
    void daily() {
        int mails = remind();
        if (mails > 0) {
            log.info("Sent {} agreement renewal reminders", mails);
        }
    }

    /**
     * Sends the reminders that are due and records them, in one transaction: a failure sends (queues) nothing and
     * records nothing, so the next run tries again. Answers how many mails went out.
     */
    @Transactional
    int remind() {
        LocalDate today = StielTime.today(clock);
        int mails = 0;
        for (NetworkView network : networks.all()) {
            List<Due> due = jdbc.sql("""
                            select a.id, a.ends_on from governance_agreement a
                            where a.network_id = :network and a.ends_on between :today and :horizon
                              and not exists (select 1 from governance_agreement_reminder r
                                              where r.agreement_id = a.id and r.ends_on = a.ends_on)""")
                    .param("network", network.id().value())
                    .param("today", today)
                    .param("horizon", today.plusDays(AgreementStatus.SOON_DAYS))
                    .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                    .list();
            if (due.isEmpty()) {
                continue;
            }
            var coordinators = accounts.members(network.id()).stream()
                    .filter(m -> m.role() == NetworkRole.COORDINATOR)
                    .map(MemberView::email)
                    .distinct()
                    .toList();
            if (coordinators.isEmpty()) {
                continue; // nobody to remind yet: try again tomorrow rather than mark it sent
            }
            mails += notifications
                    .compose("governance.reminder")
                    .link("/governance/agreements")
                    .send(Recipient.inDutch(coordinators));
            for (Due d : due) {
                jdbc.sql("insert into governance_agreement_reminder (agreement_id, ends_on, sent_at) values (?, ?, ?)"
                                + " on conflict do nothing")
                        .params(d.agreement(), d.endsOn(), Timestamp.from(clock.instant()))
                        .update();
            }
        }
        return mails;
    }

    private record Due(UUID agreement, LocalDate endsOn) {}
}
