package org.stiel.offer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Mailer;
import org.stiel.platform.mail.OutgoingMail;

/**
 * Once a week, asks the people who keep a stale offer to check it: the staff of its partner and the network's
 * coordinators. Each offer is nudged about at most once per 30 days. A mail carries a link to the stale-offer list
 * only, never the offer's or anyone's data, and one person gets one mail per network however many offers are stale.
 */
@Component
class StaleOfferNudges {

    static final Duration INTERVAL = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(StaleOfferNudges.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private final Offers offers;
    private final Networks networks;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final StielProperties properties;
    private final Clock clock;

    StaleOfferNudges(
            Offers offers,
            Networks networks,
            Accounts accounts,
            JdbcClient jdbc,
            Mailer mailer,
            MessageSource messages,
            StielProperties properties,
            Clock clock) {
        this.offers = offers;
        this.networks = networks;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * MON", zone = "Europe/Brussels")
    @SchedulerLock(name = "offer-stale-nudges", lockAtMostFor = "PT30M")
    @Transactional // mails and the record of who was nudged together: nobody is nudged twice after a failure
    void weekly() {
        int mails = nudge();
        if (mails > 0) {
            log.info("Sent {} stale-offer nudges", mails);
        }
    }

    /** Sends the nudges that are due; answers how many mails went out. */
    @Transactional
    int nudge() {
        var now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Set<UUID> nudged = new LinkedHashSet<>();
        int mails = 0;
        for (NetworkView network : networks.all()) {
            var due = offers.staleOn(network.id(), today).stream()
                    .filter(o -> nudged.contains(o.id().value()) || dueAgain(o.id().value(), now))
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            List<MemberView> members = accounts.members(network.id());
            Set<String> recipients = new LinkedHashSet<>();
            for (var member : members) {
                boolean coordinator = member.role() == NetworkRole.COORDINATOR;
                boolean staff = member.role() == NetworkRole.PARTNER_STAFF
                        && member.partnerId().isPresent()
                        && due.stream()
                                .anyMatch(o -> o.partnerId()
                                        .value()
                                        .equals(member.partnerId().get()));
                if (coordinator || staff) {
                    recipients.add(member.email());
                }
            }
            for (String to : recipients) {
                mailer.send(new OutgoingMail(
                        to,
                        messages.getMessage("offer.nudge.subject", null, DUTCH),
                        messages.getMessage(
                                "offer.nudge.body", new Object[] {properties.link("/offers/stale")}, DUTCH)));
                mails++;
            }
            due.forEach(o -> nudged.add(o.id().value()));
        }
        for (UUID offer : nudged) {
            jdbc.sql("""
                            insert into offer_stale_nudge (offer_id, last_nudged) values (?, ?)
                            on conflict (offer_id) do update set last_nudged = excluded.last_nudged
                            """).params(offer, Timestamp.from(now)).update();
        }
        return mails;
    }

    private boolean dueAgain(UUID offer, java.time.Instant now) {
        return jdbc.sql("select last_nudged from offer_stale_nudge where offer_id = ?")
                .param(offer)
                .query(Timestamp.class)
                .optional()
                .map(last -> !last.toInstant().plus(INTERVAL).isAfter(now))
                .orElse(true);
    }
}
