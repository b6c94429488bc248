package org.stiel.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.platform.StielTime;

/**
 * Closes the loop: a referral still unopened two working days after it was sent, or unanswered after five, is
 * brought back to the recipient's attention, once each. Runs on one instance at a time.
 */
@Component
class ReferralReminders {

    static final int UNOPENED_DAYS = 2;
    static final int UNANSWERED_DAYS = 5;

    private final ReferralRepository referrals;
    private final ReferralNotifier notifier;
    private final Clock clock;

    ReferralReminders(ReferralRepository referrals, ReferralNotifier notifier, Clock clock) {
        this.referrals = referrals;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${stiel.referrals.reminders-cron:0 7 * * * *}")
    @SchedulerLock(name = "referrals-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        // working days are never shorter than calendar days: the query narrows, the calendar decides
        Instant earliest = now.minus(UNOPENED_DAYS, ChronoUnit.DAYS);
        for (var referral : referrals.unopenedSentBefore(earliest)) {
            if (due(referral.sentAt(), UNOPENED_DAYS, now)) {
                remind(referral, true, ReferralNotice.NoticeKind.REMINDER_UNOPENED, now);
            }
        }
        for (var referral : referrals.unansweredSentBefore(now.minus(UNANSWERED_DAYS, ChronoUnit.DAYS))) {
            if (due(referral.sentAt(), UNANSWERED_DAYS, now)) {
                remind(referral, false, ReferralNotice.NoticeKind.REMINDER_UNANSWERED, now);
            }
        }
    }

    private void remind(Referral referral, boolean unopened, ReferralNotice.NoticeKind kind, Instant now) {
        referral.markReminded(unopened, now);
        referrals.save(referral);
        notifier.notify(referral.networkId(), referral.recipientPartnerId(), referral.id(), kind, now);
    }

    /** Whether {@code days} working days have passed since {@code sent}, counted in Belgian dates and times. */
    private boolean due(Instant sent, int days, Instant now) {
        ZonedDateTime start = sent.atZone(StielTime.ZONE);
        ZonedDateTime deadline = WorkingDays.plus(start.toLocalDate(), days)
                .atTime(start.toLocalTime())
                .atZone(StielTime.ZONE);
        return !now.isBefore(deadline.toInstant());
    }
}
